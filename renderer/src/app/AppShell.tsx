import { Button, Layout, Menu, Space, Tooltip } from 'antd'
import { FileAddOutlined, FolderOpenOutlined, SaveOutlined } from '@ant-design/icons'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { WizardPage } from '../wizard/WizardPage'
import { HazardsPage } from '../pages/HazardsPage'
import { DashboardPage } from '../pages/DashboardPage'
import { StartRedirect } from './StartRedirect'
import { PoliciesPage } from '../pages/PoliciesPage'
import { RiskImportPage } from '../pages/RiskImportPage'
import { RiskMapPage } from '../pages/RiskMapPage'
import { SettingsPage } from '../pages/SettingsPage'
import { TrainingPage } from '../pages/TrainingPage'
import { AppInfoContext } from './app-info'
import { MajorRisksPage } from '../pages/MajorRisksPage'
import { ReviewsPage } from '../pages/ReviewsPage'
import { ValueTablesPage } from '../pages/ValueTablesPage'
import { ReviewReminderArea } from './ReviewBanner'
import { InspectionReminderArea } from './InspectionDueBanner'
import { LedgerBanner } from './LedgerBanner'
import { InspectionsPage } from '../pages/InspectionsPage'
import { CustomLibraryPage } from '../pages/CustomLibraryPage'
import { RecentFilesButton } from './RecentFilesButton'
import { useWindowTitle } from './window-title'

const menuItems = [
  { key: '/home', label: '首页' },
  { key: '/wizard', label: '建设向导' },
  { key: '/import-risks', label: '导入风险清单' },
  { key: '/risk-map', label: '四色分布图' },
  { key: '/major-risks', label: '重大风险' },
  { key: '/reviews', label: '风险评审' },
  { key: '/inspections', label: '隐患排查' },
  { key: '/hazards', label: '隐患治理' },
  { key: '/training', label: '培训与奖惩' },
  { key: '/policies', label: '制度文本' },
  { key: '/custom-library', label: '自定义风险库' },
  { key: '/value-tables', label: '评价标准' },
  { key: '/settings', label: '设置' }
]

/** The window frame: title bar with the school and its file, the section menu and the routes. */
export function AppShell() {
  const info = useLoad('app:info')
  const navigate = useNavigate()
  const location = useLocation()
  const run = useAction()
  const selected = menuItems.find((item) => location.pathname.startsWith(item.key))?.key ?? '/wizard'
  useWindowTitle(info.data)

  /** Switching school files reloads the window, so no page keeps data of the previous school. */
  const switchFile = async (channel: 'files:new' | 'files:open' | 'files:save-as') => {
    const result = await run(() => call(channel))
    if (!result) return
    showOpenedFile()
  }

  const showOpenedFile = () => {
    window.location.hash = '#/'
    window.location.reload()
  }

  return (
    <AppInfoContext.Provider value={{ info: info.data, reload: info.reload }}>
      <Layout style={{ minHeight: '100vh' }}>
        <header className="app-header">
          <span className="app-title">学校双重预防体系建设助手</span>
          <span className="app-school" data-testid="school-title">
            {info.data ? `${info.data.schoolName || '（未命名学校）'} — ${info.data.schoolFile}` : ''}
          </span>
          <Space>
            <Tooltip title="新建学校文件">
              <Button size="small" icon={<FileAddOutlined />} onClick={() => void switchFile('files:new')}>
                新建
              </Button>
            </Tooltip>
            <Tooltip title="打开学校文件">
              <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void switchFile('files:open')}>
                打开
              </Button>
            </Tooltip>
            <RecentFilesButton onOpened={showOpenedFile} />
            <Tooltip title="把当前学校文件另存一份">
              <Button size="small" icon={<SaveOutlined />} onClick={() => void switchFile('files:save-as')}>
                另存为
              </Button>
            </Tooltip>
          </Space>
        </header>
        <Layout>
          <Layout.Sider width={160} theme="light">
            <Menu mode="inline" selectedKeys={[selected]} items={menuItems} onClick={({ key }) => navigate(key)} />
          </Layout.Sider>
          <Layout.Content>
            <LedgerBanner />
            <ReviewReminderArea>
              <InspectionReminderArea>
                <Routes>
                  <Route path="/" element={<StartRedirect />} />
                  <Route path="/home" element={<DashboardPage />} />
                  <Route path="/wizard" element={<Navigate to="/wizard/school" replace />} />
                  <Route path="/wizard/:step" element={<WizardPage />} />
                  <Route path="/import-risks" element={<RiskImportPage />} />
                  <Route path="/risk-map" element={<RiskMapPage />} />
                  <Route path="/inspections" element={<InspectionsPage />} />
                  <Route path="/hazards" element={<HazardsPage />} />
                  <Route path="/policies" element={<PoliciesPage />} />
                  <Route path="/custom-library" element={<CustomLibraryPage />} />
                  <Route path="/training" element={<TrainingPage />} />
                  <Route path="/settings" element={<SettingsPage />} />
                  <Route path="/major-risks" element={<MajorRisksPage />} />
                  <Route path="/reviews" element={<ReviewsPage />} />
                  <Route path="/value-tables" element={<ValueTablesPage />} />
                  <Route path="*" element={<Navigate to="/wizard/school" replace />} />
                </Routes>
              </InspectionReminderArea>
            </ReviewReminderArea>
          </Layout.Content>
        </Layout>
      </Layout>
    </AppInfoContext.Provider>
  )
}
