"""p963-1: Thanh Hóa province portal, e-invoices and inspections at petrol stations, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

Thanh Hóa: 97% cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán

Theo Sở Công Thương, tính đến ngày 30/6/2024, toàn tỉnh có 712 cửa hàng bán lẻ xăng dầu đang hoạt động, trong đó 286 cửa hàng thuộc các thương nhân đầu mối và thương nhân phân phối, 426 cửa hàng của doanh nghiệp, hộ kinh doanh là tổng đại lý, đại lý và thương nhân nhận quyền bán lẻ. Số cửa hàng đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng là 691/712 cửa hàng, đạt 97%; còn 21 cửa hàng chưa hoàn thành, chủ yếu ở các huyện miền núi Mường Lát, Quan Sơn và Bá Thước.

6 tháng đầu năm, sản lượng xăng dầu bán ra trên địa bàn ước đạt 615.400 m3, tăng 4,8% so với cùng kỳ năm 2023; trong đó xăng các loại khoảng 241.000 m3, dầu diesel hơn 362.000 m3. Đoàn kiểm tra liên ngành đã kiểm tra 184 cửa hàng, phát hiện 27 cửa hàng vi phạm, xử phạt vi phạm hành chính 468,5 triệu đồng, gấp 1,6 lần cùng kỳ. Các lỗi phổ biến là không niêm yết giá, không lưu giữ hồ sơ chất lượng và sử dụng cột đo chưa kiểm định; riêng tại các cửa hàng dọc Quốc lộ 1A và Quốc lộ 47 đã phát hiện 9 trường hợp.

Ông Lê Văn Tám, Phó Giám đốc Sở Công Thương, cho biết thực hiện Nghị định số 80/2023/NĐ-CP và Thông tư số 78/2021/TT-BTC, Sở đề nghị các doanh nghiệp hoàn thành kết nối dữ liệu hóa đơn với cơ quan thuế trước ngày 31/7/2024. Mục tiêu đến hết năm 2024, 100% cửa hàng xuất hóa đơn điện tử từng lần bán; đồng thời phấn đấu phát triển thêm 15 cửa hàng mới tại các xã chưa có điểm bán xăng dầu.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("đến hết năm 2024", end="2024-12-31")

FIGS = [
    F("Thanh Hóa: 97%", "97", 97, "percent", "%",
      "cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán"),
    F("có 712 cửa hàng", "712", 712, "count", "cửa hàng",
      "cửa hàng bán lẻ xăng dầu đang hoạt động", ASOF),
    F("trong đó 286 cửa hàng", "286", 286, "count", "cửa hàng",
      "cửa hàng thuộc các thương nhân đầu mối và thương nhân phân phối", ASOF, total=712),
    F("426 cửa hàng", "426", 426, "count", "cửa hàng",
      "cửa hàng của tổng đại lý, đại lý và thương nhân nhận quyền bán lẻ", ASOF, total=712),
    F("là 691/712 cửa hàng", "691", 691, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng", I(ASOF), total=712, percent=97),
    F("còn 21 cửa hàng", "21", 21, "count", "cửa hàng",
      "cửa hàng chưa hoàn thành xuất hóa đơn điện tử", I(ASOF)),
    F("ước đạt 615.400 m3", "615.400", 615400, "measure", "m3",
      "sản lượng xăng dầu bán ra", H1, status="estimate",
      change=C("increase", 4.8, "%", "cùng kỳ năm 2023")),
    F("khoảng 241.000 m3", "241.000", 241000, "measure", "m3",
      "sản lượng xăng các loại", H1, approx="about", total=615400, status="estimate"),
    F("hơn 362.000 m3", "362.000", 362000, "measure", "m3",
      "sản lượng dầu diesel", H1, approx="over", total=615400, status="estimate"),
    F("kiểm tra 184 cửa hàng", "184", 184, "count", "cửa hàng",
      "cửa hàng được đoàn kiểm tra liên ngành kiểm tra", I(H1)),
    F("phát hiện 27 cửa hàng", "27", 27, "count", "cửa hàng",
      "cửa hàng vi phạm", I(H1)),
    F("hành chính 468,5 triệu đồng", "468,5", 468500000, "money", "đồng",
      "xử phạt vi phạm hành chính", I(H1), change=C("increase", 1.6, "lần", "cùng kỳ")),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp vi phạm tại các cửa hàng dọc Quốc lộ 1A và Quốc lộ 47", I(H1)),
    F("2024, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng xuất hóa đơn điện tử từng lần bán", Y24, status="target"),
    F("thêm 15 cửa hàng", "15", 15, "count", "cửa hàng",
      "cửa hàng xăng dầu mới phát triển thêm", Y24, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: cửa hàng xăng dầu, hóa đơn điện tử từng lần bán, sản lượng và kiểm tra liên ngành 6 tháng đầu năm 2024.",
    "Year-less '6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024' before it. 'đạt 97%' is the share of 691/712 (attribute).",
    "'gấp 1,6 lần cùng kỳ' after the fine total is its change (lần), not a multiple figure. 'còn 21' / 'riêng ... 9' carry no part-of cue: no total.",
    "The 'trong đó' parts of the H1 sales estimate continue the 'ước đạt' clause: estimate. Mountain districts only say where the 21 stores mostly are: location stays Thanh Hóa.",
    "Distractors: Lượt xem 2.315, Quốc lộ 1A / 47, Nghị định số 80/2023/NĐ-CP, Thông tư số 78/2021/TT-BTC, 'Lê Văn Tám', 31/7/2024.",
]

write("p963-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thanh Hóa")
