"""p871-5: Báo Cần Thơ (Party newspaper), inspection of optical shops H1/2025; byline + bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Chấn chỉnh hoạt động kinh doanh kính thuốc

Thời gian gần đây, nhiều cửa hàng kính mắt trên địa bàn TP Cần Thơ tự ý đo khúc xạ, bán kính cận cho trẻ em mà không có người đủ điều kiện hành nghề. Qua kiểm tra trong 6 tháng đầu năm 2025, Thanh tra Sở Y tế đã phát hiện nhiều sai phạm.

Theo Sở Y tế, tính đến ngày 30/6/2025, toàn thành phố có 326 cửa hàng, cơ sở kinh doanh kính mắt, nhưng chỉ 118 cơ sở được cấp giấy phép hoạt động chuyên khoa mắt hoặc đo kính, chiếm 36,2%. Quận Ninh Kiều tập trung nhiều nhất với 142 cửa hàng, kế đến là quận Cái Răng (48 cửa hàng) và quận Bình Thủy (37 cửa hàng).

Trong 6 tháng đầu năm, đoàn kiểm tra liên ngành đã kiểm tra 74 cơ sở, phát hiện 29 cơ sở vi phạm, tăng 7 cơ sở so với cùng kỳ năm 2024; xử phạt vi phạm hành chính tổng số tiền 386,5 triệu đồng, đình chỉ hoạt động 5 cơ sở. Các lỗi phổ biến gồm hành nghề không có chứng chỉ, không niêm yết giá, bán gọng kính, tròng kính không rõ nguồn gốc. Mức phạt cao nhất là 40 triệu đồng đối với một cửa hàng trên đường 30 Tháng 4.

Bà Lê Thị Ba, ngụ phường An Khánh, kể con gái học lớp 5 được một cửa hàng đo cận 2,5 độ và bán kính giá 1,2 triệu đồng; khi đưa đi khám lại tại Bệnh viện Mắt - Răng Hàm Mặt thành phố, cháu chỉ cận 1,25 độ.

Ông Trần Văn Hùng, Chánh Thanh tra Sở Y tế cho biết, trong 6 tháng cuối năm 2025, Sở dự kiến kiểm tra thêm khoảng 60 cơ sở; phấn đấu đến năm 2026, 100% cửa hàng kính thuốc có người đo khúc xạ đủ điều kiện hành nghề. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0292.3820.115.

NGỌC THẢO
23/7/2025
"""

ASOF = P("tính đến ngày 30/6/2025", None, "2025-06-30")
H1 = P("Trong 6 tháng đầu năm", "2025-01-01", "2025-06-30")
SHOPS = "cửa hàng kinh doanh kính mắt"

FIGS = [
    F("có 326 cửa hàng", "326", 326, "count", "cửa hàng", "cửa hàng, cơ sở kinh doanh kính mắt", period=ASOF),
    F("chỉ 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở được cấp giấy phép hoạt động chuyên khoa mắt hoặc đo kính",
      percent=36.2, period=ASOF),
    F("với 142 cửa hàng", "142", 142, "count", "cửa hàng", SHOPS, period=I(ASOF), location="Ninh Kiều"),
    F("(48 cửa hàng)", "48", 48, "count", "cửa hàng", SHOPS, period=I(ASOF), location="Cái Răng"),
    F("(37 cửa hàng)", "37", 37, "count", "cửa hàng", SHOPS, period=I(ASOF), location="Bình Thủy"),
    F("kiểm tra 74 cơ sở", "74", 74, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", period=H1),
    F("phát hiện 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở vi phạm",
      change=C("increase", 7, "cơ sở", "cùng kỳ năm 2024"), period=H1),
    F("tiền 386,5 triệu đồng", "386,5", 386500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", period=H1),
    F("hoạt động 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", period=H1),
    F("là 40 triệu đồng", "40", 40000000, "money", "đồng", "mức phạt cao nhất", period=I(H1)),
    F("cận 2,5 độ", "2,5", 2.5, "measure", "độ", "độ cận do cửa hàng đo"),
    F("giá 1,2 triệu đồng", "1,2", 1200000, "money", "đồng", "giá kính"),
    F("cận 1,25 độ", "1,25", 1.25, "measure", "độ", "độ cận khi khám lại tại bệnh viện"),
    F("khoảng 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở kiểm tra thêm", approx="about", status="forecast",
      period=P("trong 6 tháng cuối năm 2025", "2025-07-01", "2025-12-31")),
    F("100% cửa hàng", "100", 100, "percent", "%", "cửa hàng kính thuốc có người đo khúc xạ đủ điều kiện hành nghề",
      status="target", period=P("đến năm 2026", None, "2026-12-31")),
]

NOTES = [
    "Báo Cần Thơ: kiểm tra cửa hàng kính thuốc 6 tháng đầu năm 2025; byline NGỌC THẢO and bare date 23/7/2025 at the end.",
    "'Trong 6 tháng đầu năm' takes 2025 from '6 tháng đầu năm 2025' earlier. 118 cơ sở and 29 cơ sở have no part-of cue: no total.",
    "District list (Ninh Kiều, Cái Răng, Bình Thủy) shares the indicator; locations are the districts, no total (no cue).",
    "The parent's anecdote (2,5 độ, 1,2 triệu đồng, 1,25 độ) is stated as fact: required figures. '6 tháng cuối năm' read like '6 tháng đầu năm'.",
    "Distractors: đường 30 Tháng 4, lớp 5, Lê Thị Ba, 0292.3820.115, 30/6/2025 as a date.",
]

build(5, TEXT, FIGS, published="2025-07-23", location="Cần Thơ", notes=NOTES)
