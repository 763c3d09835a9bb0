import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { HashRouter } from 'react-router'
import { AppShell } from './app/AppShell'
import './styles.css'

dayjs.locale('zh-cn')

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConfigProvider locale={zhCN} theme={{ token: { fontSize: 14, borderRadius: 4 } }}>
        <AntApp>
          <HashRouter>
            <AppShell />
          </HashRouter>
        </AntApp>
      </ConfigProvider>
    </StrictMode>
  )
}
