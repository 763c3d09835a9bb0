import { Spin } from 'antd'
import { useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { MapEditor } from './risk-map/MapEditor'
import { MapStart } from './risk-map/MapStart'

/** 四色分布图: the campus plan with each area coloured by the highest level of its risk points. */
export function RiskMapPage() {
  const map = useLoad('risk-map:get')
  const points = useLoad('risk-points:list')
  const info = useLoad('app:info')

  const failed = map.error ?? points.error ?? info.error
  const retry = () => void Promise.all([map.reload(), points.reload(), info.reload()])
  const header = (
    <StepHeader
      title="安全风险四色分布图"
      intro="在校园平面图（或空白网格）上画出各区域，关联区域内的风险点；区域按其中最高的风险等级自动填红、橙、黄、蓝四色。画好的图印入《安全风险分级管控手册》，并单独生成 A3 张贴版和图片。"
    />
  )

  let content
  if (failed) content = <ErrorBox error={failed} onRetry={retry} />
  else if (!map.data || !points.data || !info.data) content = <Spin />
  else if (!map.data.map) content = <MapStart onStarted={map.setData} />
  else content = <MapEditor initial={map.data} points={points.data} schoolName={info.data.schoolName} onMapDeleted={() => map.setData({ map: null, areas: [] })} />

  return (
    <div className="page">
      <div className="page-panel" data-testid="risk-map-page">
        {header}
        {content}
      </div>
    </div>
  )
}
