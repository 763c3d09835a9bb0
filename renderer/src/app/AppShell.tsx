import { Button, Layout, Menu, Space, Tooltip } from 'antd'
import { FileAddOutlined, FolderOpenOutlined, SaveOutlined } from '@ant-design/icons'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { WizardPage } from '../wizard/WizardPage'
import { PoliciesPage } from '../pages/PoliciesPage'
import { SettingsPage } from '../pages/SettingsPage'
import { AppInfoContext } from './app-info'

const menuItems = [
  { key: '/wizard', label: '建设向导' },
  { key: '/policies', label: '制度文本' },
  { key: '/settings', label: '设置' }
]

/** The window frame: title bar with the school and its file, the section menu and the routes. */
export function AppShell() {
  const info = useLoad('app:info')
  const navigate = useNavigate()
  const location = useLocation()
  const run = useAction()
  const selected = menuItems.find((item) => location.pathname.startsWith(item.key))?.key ?? '/wizard'

  /** Switching school files reloads the window, so no page keeps data of the previous school. */
  const switchFile = async (channel: 'files:new' | 'files:open' | 'files:save-as') => {
    const result = await run(() => call(channel))
    if (!result) return
    window.location.hash = '#/wizard/school'
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
            <Routes>
              <Route path="/" element={<Navigate to="/wizard/school" replace />} />
              <Route path="/wizard" element={<Navigate to="/wizard/school" replace />} />
              <Route path="/wizard/:step" element={<WizardPage />} />
              <Route path="/policies" element={<PoliciesPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="*" element={<Navigate to="/wizard/school" replace />} />
            </Routes>
          </Layout.Content>
        </Layout>
      </Layout>
    </AppInfoContext.Provider>
  )
}
