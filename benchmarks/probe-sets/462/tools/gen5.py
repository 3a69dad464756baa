from lib import F, P, CH, TG, emit

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Pháp luật - Đời sống

Xử phạt gần 2,4 tỷ đồng các vi phạm về môi trường trong 6 tháng
Thứ Hai, 15/07/2024 | 09:42 GMT+7

(BTB) - Theo Phòng Cảnh sát phòng, chống tội phạm về môi trường (PC03) Công an tỉnh, 6 tháng đầu năm 2024, đơn vị đã phát hiện, xử lý 47 vụ vi phạm pháp luật về môi trường, tăng 9 vụ so với cùng kỳ năm 2023. Trong đó, 21 vụ vi phạm về xả nước thải vượt quy chuẩn, 14 vụ về quản lý chất thải rắn, chất thải nguy hại và 12 vụ thuộc các lĩnh vực khác. Tổng số tiền xử phạt vi phạm hành chính gần 2,4 tỷ đồng, bằng 131% so với cùng kỳ.

Các địa bàn có nhiều vi phạm là huyện Tiền Hải (11 vụ), huyện Thái Thụy (9 vụ) và thành phố Thái Bình (7 vụ). Đáng chú ý, qua kiểm tra đột xuất, lực lượng chức năng phát hiện một doanh nghiệp chế biến thủy sản tại KCN Cầu Nghìn xả khoảng 150 m³ nước thải chưa qua xử lý mỗi ngày ra sông Diêm Hộ; kết quả phân tích mẫu cho thấy COD vượt 4,6 lần, tổng nitơ vượt 3,1 lần quy chuẩn cho phép. Doanh nghiệp bị phạt 680 triệu đồng theo Nghị định số 45/2022/NĐ-CP và bị đình chỉ hoạt động nguồn phát sinh nước thải trong 4 tháng.

Thời gian tới, PC03 tiếp tục tăng cường nắm tình hình tại các KCN, cụm công nghiệp và làng nghề, phấn đấu số vụ vi phạm được phát hiện, xử lý tăng ít nhất 10% so với năm 2023. Người dân có thể phản ánh qua số điện thoại trực ban 069.2866.303.

Ngọc Linh
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ_L = "vụ vi phạm pháp luật về môi trường"

FIGS = [
    F("Xử phạt gần 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "tiền xử phạt các vi phạm về môi trường",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("xử lý 47 vụ", "47", 47, "count", "vụ vi phạm", SUBJ_L, H1,
      change=CH("increase", 9, "vụ", "cùng kỳ năm 2023")),
    F("Trong đó, 21 vụ", "21", 21, "count", "vụ", "vụ vi phạm về xả nước thải vượt quy chuẩn", H1i, total=47),
    F(", 14 vụ", "14", 14, "count", "vụ", "vụ vi phạm về quản lý chất thải rắn, chất thải nguy hại", H1i, total=47),
    F("và 12 vụ", "12", 12, "count", "vụ", "vụ vi phạm thuộc các lĩnh vực khác", H1i, total=47),
    F("hành chính gần 2,4 tỷ", "2,4", 2400000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1i,
      approx="nearly", percent=131),
    F("Tiền Hải (11 vụ)", "11", 11, "count", "vụ", "vụ vi phạm", H1i, location="Tiền Hải"),
    F("Thái Thụy (9 vụ)", "9", 9, "count", "vụ", "vụ vi phạm", H1i, location="Thái Thụy"),
    F("thành phố Thái Bình (7 vụ)", "7", 7, "count", "vụ", "vụ vi phạm", H1i, location="Thái Bình"),
    F("khoảng 150 m³", "150", 150, "measure", "m³", "nước thải chưa qua xử lý xả ra sông mỗi ngày", approx="about"),
    F("COD vượt 4,6 lần", "4,6", 4.6, "multiple", "lần", "COD vượt quy chuẩn"),
    F("nitơ vượt 3,1 lần", "3,1", 3.1, "multiple", "lần", "tổng nitơ vượt quy chuẩn cho phép"),
    F("phạt 680 triệu đồng", "680", 680000000, "money", "đồng", "tiền phạt doanh nghiệp"),
    F("trong 4 tháng", "4", 4, "measure", "tháng", "thời gian đình chỉ hoạt động", optional=True),
    F("ít nhất 10%", "10", 10, "percent", "%", "tăng số vụ vi phạm được phát hiện, xử lý",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình), 'Thứ Hai, 15/07/2024 | 09:42 GMT+7' after the title, byline at the end; environmental police results, H1 2024.",
    "Title 'trong 6 tháng' takes the year of the dateline (2024). 47 vụ: change +9 vụ vs 'cùng kỳ năm 2023'; 'Trong đó' parts 21+14+12 = 47 total 47.",
    "'gần 2,4 tỷ đồng, bằng 131% so với cùng kỳ' → share attribute 131 (FIGURES.md: 'bằng 139% cùng kỳ' is a share).",
    "District list: location per item ('thành phố Thái Bình' → Thái Bình), subject the list's indicator. 'vượt … lần' exceedances are multiples.",
    "'đình chỉ … trong 4 tháng' penalty duration: optional. 'phấn đấu … tăng ít nhất 10% so với năm 2023' a growth target: percent, at_least, target, no change.",
    "Distractors: 'KCN Cầu Nghìn' (a multiplier word inside a name), Nghị định số 45/2022/NĐ-CP, phone number, PC03, '(BTB)', GMT+7.",
]

emit("p462-5", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
