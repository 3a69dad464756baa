"""p700-1: Ninh Bình province portal, stone output H1/2024, licences, budget, inspections."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Ninh Bình: 6 tháng đầu năm khai thác hơn 9,2 triệu m³ đá vật liệu xây dựng
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, các tổ chức được cấp phép trên địa bàn tỉnh Ninh Bình đã khai thác hơn 9,2 triệu m³ đá làm vật liệu xây dựng thông thường, tăng 6,4% so với cùng kỳ năm 2023, đạt 51,3% kế hoạch năm.

Tính đến ngày 30/6/2024, toàn tỉnh có 58 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 41 giấy phép khai thác đá vôi làm vật liệu xây dựng, 9 giấy phép khai thác đất san lấp và 8 giấy phép khai thác sét làm gạch ngói. Các mỏ tập trung chủ yếu tại huyện Gia Viễn (19 mỏ), thành phố Tam Điệp (11 mỏ), huyện Hoa Lư (12 mỏ) và huyện Yên Mô (8 mỏ).

Tổng thu ngân sách từ hoạt động khai thác khoáng sản 6 tháng đầu năm ước đạt 312,6 tỷ đồng, trong đó thuế tài nguyên 138,4 tỷ đồng, phí bảo vệ môi trường 97,5 tỷ đồng, tiền cấp quyền khai thác khoáng sản 76,7 tỷ đồng.

Từ đầu năm đến nay, các đoàn kiểm tra liên ngành đã kiểm tra 23 mỏ, phát hiện 7 tổ chức vi phạm, xử phạt vi phạm hành chính gần 1,85 tỷ đồng; tạm dừng hoạt động 2 mỏ khai thác vượt công suất được phép. Hiện có 14/58 mỏ đã lắp đặt trạm quan trắc bụi tự động; tỷ lệ mỏ thực hiện ký quỹ cải tạo, phục hồi môi trường đạt 96,5%, tổng số tiền đã ký quỹ là 184 tỷ đồng.

Theo Quyết định số 1125/QĐ-UBND, phấn đấu đến năm 2025, 100% mỏ đá có hệ thống phun sương dập bụi và trạm cân điện tử. Kế hoạch sản lượng đá khai thác cả năm 2024 là khoảng 18 triệu m³.

Địa chỉ: Số 2 đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình. Điện thoại: 0229.3871.123
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
SUBJ_BUDGET = "tổng thu ngân sách từ hoạt động khai thác khoáng sản"

FIGS = [
    fig("khai thác hơn 9,2 triệu m³ đá vật liệu", "9,2", 9.2e6, "measure", "m³",
        "đá vật liệu xây dựng khai thác", H1, approx="over"),
    fig("đã khai thác hơn 9,2 triệu m³", "9,2", 9.2e6, "measure", "m³",
        "đá làm vật liệu xây dựng thông thường khai thác", H1Y, approx="over", percent=51.3,
        change=chg("increase", 6.4, baseline="cùng kỳ năm 2023")),
    fig("có 58 giấy phép", "58", 58, "count", "giấy phép",
        "giấy phép khai thác khoáng sản còn hiệu lực", ASOF),
    fig("41 giấy phép", "41", 41, "count", "giấy phép",
        "giấy phép khai thác đá vôi làm vật liệu xây dựng", ASOF, total=58),
    fig("9 giấy phép", "9", 9, "count", "giấy phép",
        "giấy phép khai thác đất san lấp", ASOF, total=58),
    fig("và 8 giấy phép", "8", 8, "count", "giấy phép",
        "giấy phép khai thác sét làm gạch ngói", ASOF, total=58),
    fig("(19 mỏ)", "19", 19, "count", "mỏ", "mỏ", inh(ASOF), location="Gia Viễn"),
    fig("(11 mỏ)", "11", 11, "count", "mỏ", "mỏ", inh(ASOF), location="Tam Điệp"),
    fig("(12 mỏ)", "12", 12, "count", "mỏ", "mỏ", inh(ASOF), location="Hoa Lư"),
    fig("(8 mỏ)", "8", 8, "count", "mỏ", "mỏ", inh(ASOF), location="Yên Mô"),
    fig("ước đạt 312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng", SUBJ_BUDGET, H1, status="estimate"),
    fig("thuế tài nguyên 138,4 tỷ đồng", "138,4", 138.4e9, "money", "đồng",
        "thuế tài nguyên", H1, total=312.6e9, status="estimate"),
    fig("môi trường 97,5 tỷ đồng", "97,5", 97.5e9, "money", "đồng",
        "phí bảo vệ môi trường", H1, total=312.6e9, status="estimate"),
    fig("khoáng sản 76,7 tỷ đồng", "76,7", 76.7e9, "money", "đồng",
        "tiền cấp quyền khai thác khoáng sản", H1, total=312.6e9, status="estimate"),
    fig("kiểm tra 23 mỏ", "23", 23, "count", "mỏ", "mỏ được các đoàn kiểm tra liên ngành kiểm tra", YTD),
    fig("phát hiện 7 tổ chức", "7", 7, "count", "tổ chức", "tổ chức vi phạm", YTD),
    fig("gần 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng",
        "tiền xử phạt vi phạm hành chính", YTD, approx="nearly"),
    fig("tạm dừng hoạt động 2 mỏ", "2", 2, "count", "mỏ",
        "mỏ tạm dừng hoạt động do khai thác vượt công suất được phép", YTD),
    fig("14/58 mỏ", "14", 14, "count", "mỏ", "mỏ đã lắp đặt trạm quan trắc bụi tự động", total=58),
    fig("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ mỏ thực hiện ký quỹ cải tạo, phục hồi môi trường"),
    fig("là 184 tỷ đồng", "184", 184e9, "money", "đồng", "tổng số tiền đã ký quỹ"),
    fig("100% mỏ đá", "100", 100, "percent", "%",
        "mỏ đá có hệ thống phun sương dập bụi và trạm cân điện tử",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("khoảng 18 triệu m³", "18", 18e6, "measure", "m³", "kế hoạch sản lượng đá khai thác",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Ninh Bình province portal (breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482'): stone output H1/2024,",
    "licences, mines by district, mining budget revenue, inspections, dust monitoring, targets.",
    "Headline figure repeats the lead (its own figure; period from the headline '6 tháng đầu năm', year from the dateline).",
    "Licence parts after 'trong đó' take total 58; the district list of mines has no cue and does not add up: no total.",
    "'ước đạt' governs the 'trong đó' clause (estimate). Counter, address, phone and the decision number are not figures.",
]

if __name__ == "__main__":
    emit("p700-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Ninh Bình")
