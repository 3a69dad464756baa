"""p594-1: Bình Định province portal — startup projects supported in 2023."""
from lib import fig, per, inh, year, chg, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Khoa học - Công nghệ
Bình Định hỗ trợ 46 dự án khởi nghiệp đổi mới sáng tạo trong năm 2023
Cập nhật: 16/01/2024 08:45
Lượt xem: 1.284

(binhdinh.gov.vn) - Theo Sở Khoa học và Công nghệ, năm 2023 toàn tỉnh đã hỗ trợ 46 dự án khởi nghiệp đổi mới sáng tạo, tăng 9 dự án so với năm 2022, với tổng kinh phí hơn 7,8 tỷ đồng, đạt 104% kế hoạch. Trong đó, ngân sách tỉnh bố trí 5,2 tỷ đồng, phần còn lại do doanh nghiệp và các tổ chức đóng góp.

Mạng lưới hỗ trợ khởi nghiệp tiếp tục được mở rộng. Hiện tỉnh có 4 cơ sở ươm tạo và 3 không gian làm việc chung, đang ươm tạo 38 nhóm khởi nghiệp; trong năm, 12 nhóm đã hoàn thành ươm tạo và thành lập doanh nghiệp. Các dự án được hỗ trợ tập trung chủ yếu tại TP. Quy Nhơn (27 dự án), thị xã An Nhơn (7 dự án) và huyện Tuy Phước (5 dự án).

Năm 2023, các doanh nghiệp khởi nghiệp trên địa bàn đã gọi vốn thành công khoảng 62 tỷ đồng từ nhà đầu tư thiên thần và quỹ đầu tư, gấp 2,5 lần năm trước. Tỉnh cũng có thêm 3 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ, nâng tổng số lên 17 doanh nghiệp.

Tại Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Bình Định lần thứ VI, Ban tổ chức nhận 124 hồ sơ dự thi, chọn 15 dự án vào vòng chung kết và trao 9 giải với tổng trị giá 210 triệu đồng.

Phấn đấu đến năm 2025, mỗi năm tỉnh hỗ trợ ít nhất 60 dự án khởi nghiệp và toàn tỉnh có 25 doanh nghiệp khoa học và công nghệ.

Mọi chi tiết xin liên hệ Trung tâm Hỗ trợ khởi nghiệp sáng tạo, số 10 Trần Phú, TP. Quy Nhơn; điện thoại: 0256.3822.416.
"""

Y23 = year(2023)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Bình Định hỗ trợ 46 dự án", "46", 46, "count", "dự án",
        "dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ", per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("đã hỗ trợ 46 dự án", "46", 46, "count", "dự án",
        "dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ", Y23,
        change=chg("increase", 9, "dự án", "năm 2022")),
    fig("hơn 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng",
        "tổng kinh phí hỗ trợ dự án khởi nghiệp", Y23, approx="over", percent=104),
    fig("bố trí 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng",
        "kinh phí hỗ trợ khởi nghiệp từ ngân sách tỉnh", inh(Y23), total=7.8e9),
    fig("có 4 cơ sở ươm tạo", "4", 4, "count", "cơ sở ươm tạo", "cơ sở ươm tạo"),
    fig("3 không gian làm việc chung", "3", 3, "count", "không gian làm việc chung",
        "không gian làm việc chung"),
    fig("ươm tạo 38 nhóm", "38", 38, "count", "nhóm khởi nghiệp", "nhóm khởi nghiệp đang được ươm tạo"),
    fig("12 nhóm đã hoàn thành", "12", 12, "count", "nhóm",
        "nhóm khởi nghiệp hoàn thành ươm tạo và thành lập doanh nghiệp",
        per("trong năm", "2023-01-01", "2023-12-31")),
    fig("Quy Nhơn (27 dự án)", "27", 27, "count", "dự án", "dự án khởi nghiệp được hỗ trợ",
        inh(Y23), location="Quy Nhơn"),
    fig("An Nhơn (7 dự án)", "7", 7, "count", "dự án", "dự án khởi nghiệp được hỗ trợ",
        inh(Y23), location="An Nhơn"),
    fig("Tuy Phước (5 dự án)", "5", 5, "count", "dự án", "dự án khởi nghiệp được hỗ trợ",
        inh(Y23), location="Tuy Phước"),
    fig("khoảng 62 tỷ đồng", "62", 62e9, "money", "đồng",
        "vốn doanh nghiệp khởi nghiệp gọi vốn thành công từ nhà đầu tư thiên thần và quỹ đầu tư", Y23,
        approx="about", change=chg("increase", 2.5, "lần", "năm trước")),
    fig("thêm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", inh(Y23)),
    fig("lên 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        "tổng số doanh nghiệp khoa học và công nghệ", inh(Y23)),
    fig("nhận 124 hồ sơ", "124", 124, "count", "hồ sơ",
        "hồ sơ dự thi Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh"),
    fig("chọn 15 dự án", "15", 15, "count", "dự án", "dự án vào vòng chung kết"),
    fig("trao 9 giải", "9", 9, "count", "giải", "giải được trao"),
    fig("210 triệu đồng", "210", 210e6, "money", "đồng", "tổng trị giá giải thưởng"),
    fig("ít nhất 60 dự án", "60", 60, "count", "dự án",
        "dự án khởi nghiệp được hỗ trợ mỗi năm", T25, approx="at_least", status="target"),
    fig("có 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp",
        "doanh nghiệp khoa học và công nghệ", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Định: hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2023 (province portal: breadcrumb, Cập nhật, Lượt xem).",
    "Not figures: 'Lượt xem: 1.284', 'lần thứ VI', address 'số 10 Trần Phú', phone 0256.3822.416, dates.",
    "'đạt 104% kế hoạch' after 7,8 tỷ is its percent; 'gấp 2,5 lần năm trước' after 62 tỷ is its change (lần).",
    "'Trong đó, ngân sách tỉnh bố trí 5,2 tỷ' is a part of the 7,8 tỷ (across a sentence break).",
    "District items (Quy Nhơn 27, An Nhơn 7, Tuy Phước 5) do not add up to 46 and follow no part cue: no total.",
    "'thêm 3 … nâng tổng số lên 17' : two counts, no total/change (no cue of the spec).",
    "'trong năm' takes the article's year 2023. Periods in other sentences are inherited (not scored).",
]

if __name__ == "__main__":
    emit("p594-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Bình Định")
