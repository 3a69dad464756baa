"""p1485-5: provincial Party newspaper (Báo Cần Thơ): fridge repair in quận Ninh Kiều in the hot season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CẦN THƠ
Kinh tế > Thị trường

Thợ sửa tủ lạnh "chạy sô" mùa nắng nóng

Thứ Năm, 25/04/2024 | 16:10

(CTO) - Nắng nóng kéo dài khiến tủ lạnh, tủ đông chạy liên tục, hư hỏng nhiều. Các cơ sở sửa chữa điện lạnh ở quận Ninh Kiều cho biết lượng khách tháng 4 tăng gấp đôi so với tháng 1.

Anh Lê Văn Tâm, chủ tiệm Điện lạnh Tâm Phát ở hẻm 51 đường 3 Tháng 2, phường Xuân Khánh, cho biết mỗi ngày tiệm nhận sửa từ 15 đến 20 tủ lạnh, tủ đông, trong đó khoảng 60% là tủ đời cũ. Tiệm có 4 thợ, mỗi thợ thu nhập khoảng 12 triệu đồng/tháng.

Theo anh Tâm, hư hỏng phổ biến là hết gas, hỏng quạt dàn lạnh, hỏng bo mạch inverter. Chi phí nạp gas từ 350.000 đến 600.000 đồng, thay máy nén (block) từ 1,8 triệu đến 3,5 triệu đồng tùy loại. Nhiều khách có tủ dùng trên 12 năm chọn mua tủ mới thay vì sửa.

Ông Trần Minh Hải, Phó Trưởng phòng Kinh tế quận Ninh Kiều, cho biết toàn quận hiện có khoảng 140 cơ sở sửa chữa điện lạnh, điện máy, tăng 18 cơ sở so với năm 2022. Quận đã phối hợp Trường Cao đẳng Kỹ thuật Tây Đô mở 3 lớp tập huấn an toàn khi nạp môi chất lạnh R32, R600a cho khoảng 90 thợ; dự kiến trong quý III mở thêm hai lớp.

Theo Công ty Điện lực TP Cần Thơ, điện tiêu thụ của khách hàng sinh hoạt toàn thành phố tháng 4 ước đạt 118 triệu kWh, tăng 14,7% so với tháng 3. Ngành điện khuyến cáo người dân vệ sinh dàn ngưng định kỳ, đặt nhiệt độ ngăn mát từ 3 đến 5 độ C để tiết kiệm điện. Đường dây nóng chăm sóc khách hàng: 1900 1006.

MINH KHOA
"""

T4 = per("tháng 4", "2024-04-01", "2024-04-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần",
        subject="lượng khách của các cơ sở sửa chữa điện lạnh", period=T4),
    fig("từ 15 đến 20 tủ", "15", 15, "measure", "tủ lạnh/ngày", value_max=20,
        subject="tủ lạnh, tủ đông tiệm nhận sửa mỗi ngày"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tủ đời cũ trong số tủ tiệm nhận sửa"),
    fig("có 4 thợ", "4", 4, "count", "thợ", subject="thợ của tiệm"),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập mỗi thợ"),
    fig("từ 350.000 đến 600.000", "350.000", 350000, "money", "đồng", value_max=600000,
        subject="chi phí nạp gas"),
    fig("từ 1,8 triệu đến 3,5 triệu", "1,8", 1.8e6, "money", "đồng", value_max=3.5e6,
        subject="chi phí thay máy nén (block)"),
    fig("trên 12 năm", "12", 12, "measure", "năm", approx="over", optional=True,
        subject="thời gian dùng tủ"),
    fig("khoảng 140 cơ sở", "140", 140, "count", "cơ sở", approx="about",
        change=chg("increase", 18, "cơ sở", "năm 2022"),
        subject="cơ sở sửa chữa điện lạnh, điện máy"),
    fig("mở 3 lớp", "3", 3, "count", "lớp",
        subject="lớp tập huấn an toàn khi nạp môi chất lạnh"),
    fig("khoảng 90 thợ", "90", 90, "count", "thợ", approx="about",
        subject="thợ được tập huấn"),
    fig("thêm hai lớp", "hai", 2, "count", "lớp", status="forecast",
        subject="lớp tập huấn mở thêm", period=Q3),
    fig("ước đạt 118 triệu", "118", 118e6, "measure", "kWh", status="estimate",
        change=chg("increase", 14.7, "%", "tháng 3"),
        subject="điện tiêu thụ của khách hàng sinh hoạt toàn thành phố", period=T4, location="Cần Thơ"),
    fig("từ 3 đến 5 độ", "3", 3, "measure", "độ C", value_max=5, optional=True,
        subject="nhiệt độ ngăn mát khuyến cáo"),
]

NOTES = [
    "Provincial Party newspaper (Báo Cần Thơ): fridge repair in quận Ninh Kiều; 'Thứ Năm, 25/04/2024 | 16:10', tag '(CTO) -', byline at the end.",
    "Distractors: 16:10, 'hẻm 51 đường 3 Tháng 2' (address, a street named by a date), 'R32, R600a' (refrigerant names),",
    "hotline '1900 1006', the months 'tháng 1' (a baseline), 'năm 2022' (a baseline).",
    "'lượng khách tháng 4 tăng gấp đôi so với tháng 1': the multiple is the claim (kind multiple, 2 lần), period tháng 4/2024 from the dateline.",
    "'mỗi ngày tiệm nhận sửa từ 15 đến 20 tủ' is a rate: measure, unit 'tủ lạnh/ngày', range. 'trong đó khoảng 60% là tủ đời cũ' is a percent",
    "figure of its own (no base amount to attach to: the 15-20 is a range per day).",
    "'trên 12 năm' qualifies the customers' fridges (age), not a claim: optional. The advice 'từ 3 đến 5 độ C' is a recommended setting,",
    "not a fact about the world: optional.",
    "'hiện có khoảng 140 cơ sở ..., tăng 18 cơ sở so với năm 2022': change in cơ sở; 'hiện' gives no period.",
    "'dự kiến trong quý III mở thêm hai lớp': forecast, quý III 2024. 'đã ... mở 3 lớp ... cho khoảng 90 thợ' is actual (no period named).",
    "Location: Ninh Kiều (the shop is in phường Xuân Khánh, Ninh Kiều), except the city's power use 'toàn thành phố' (Cần Thơ).",
    "'tháng 4 ước đạt 118 triệu kWh, tăng 14,7% so với tháng 3': estimate, change vs. 'tháng 3'.",
]

if __name__ == "__main__":
    write("p1485-5", TEXT, NOTES, FIGS, published="2024-04-25", location="Ninh Kiều")
