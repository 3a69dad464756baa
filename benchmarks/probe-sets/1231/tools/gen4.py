"""p1231-4: ministry site (Bộ VHTTDL, Vụ Thư viện): national mobile library fleet and school service."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Thư viện

Hơn 70 xe thư viện lưu động đưa sách về trường học vùng khó khăn

23/04/2024 15:20 | Vụ Thư viện

Nhân Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4), Vụ Thư viện cho biết tính đến ngày 31/3/2024, cả nước có 72 xe thư viện lưu động đang hoạt động tại 58/63 thư viện cấp tỉnh, tăng gấp 1,6 lần so với năm 2019. Các địa phương có nhiều xe nhất là Hà Nội, Thanh Hóa và Nghệ An với lần lượt 5, 4 và 3 xe.

Năm 2023, các xe thư viện lưu động đã thực hiện 6.850 chuyến phục vụ, trong đó 4.115 chuyến đến trường học ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số (chiếm 60,1%); phục vụ khoảng 2,4 triệu lượt bạn đọc, luân chuyển trên 3,1 triệu bản sách.

Tỷ lệ trường tiểu học, THCS vùng khó khăn được xe thư viện lưu động phục vụ ít nhất một lần trong năm học đạt 47,5%; một số tỉnh đạt cao như Lào Cai (92%), Hà Giang (88,5%), Điện Biên (81%).

Theo Đề án "Phát triển văn hóa đọc trong cộng đồng" ban hành kèm Quyết định số 329/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2025 phấn đấu 70% trường học vùng sâu, vùng xa được phục vụ bởi thư viện lưu động; đến năm 2030 đạt 90%. Dự kiến năm 2024, ngân sách trung ương hỗ trợ các địa phương mua thêm 12 xe thư viện lưu động, với tổng kinh phí khoảng 30 tỷ đồng.

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3943.8231
"""

ASOF = per("tính đến ngày 31/3/2024", None, "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
FLEET = "xe thư viện lưu động đang hoạt động"
SHARE = "tỷ lệ trường tiểu học, THCS vùng khó khăn được xe thư viện lưu động phục vụ"

FIGS = [
    fig("Hơn 70 xe", "70", 70, "count", "xe thư viện lưu động", approx="over",
        subject="xe thư viện lưu động đưa sách về trường học vùng khó khăn"),
    fig("có 72 xe", "72", 72, "count", "xe thư viện lưu động",
        change=chg("increase", 1.6, "lần", "năm 2019"), subject=FLEET, period=ASOF),
    fig("tại 58/63", "58", 58, "count", "thư viện cấp tỉnh", total=63,
        subject="thư viện cấp tỉnh có xe thư viện lưu động đang hoạt động", period=ASOF),
    fig("lần lượt 5", "5", 5, "count", "xe", subject=FLEET, period=inh(ASOF), location="Hà Nội"),
    fig("5, 4 và", "4", 4, "count", "xe", subject=FLEET, period=inh(ASOF), location="Thanh Hóa"),
    fig("và 3 xe", "3", 3, "count", "xe", subject=FLEET, period=inh(ASOF), location="Nghệ An"),
    fig("thực hiện 6.850 chuyến", "6.850", 6850, "count", "chuyến",
        subject="chuyến phục vụ của xe thư viện lưu động", period=Y23),
    fig("trong đó 4.115 chuyến", "4.115", 4115, "count", "chuyến", total=6850, percent=60.1,
        subject="chuyến đến trường học ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số", period=Y23),
    fig("khoảng 2,4 triệu", "2,4", 2400000, "count", "lượt bạn đọc", approx="about",
        subject="lượt bạn đọc được xe thư viện lưu động phục vụ", period=Y23),
    fig("trên 3,1 triệu", "3,1", 3100000, "count", "bản sách", approx="over",
        subject="bản sách luân chuyển", period=Y23),
    fig("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", optional=True),
    fig("đạt 47,5%", "47,5", 47.5, "percent", "%", subject=SHARE),
    fig("Lào Cai (92%)", "92", 92, "percent", "%", subject=SHARE, location="Lào Cai"),
    fig("Hà Giang (88,5%)", "88,5", 88.5, "percent", "%", subject=SHARE, location="Hà Giang"),
    fig("Điện Biên (81%)", "81", 81, "percent", "%", subject=SHARE, location="Điện Biên"),
    fig("phấn đấu 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ trường học vùng sâu, vùng xa được phục vụ bởi thư viện lưu động", period=T25),
    fig("đạt 90%", "90", 90, "percent", "%", status="target",
        subject="tỷ lệ trường học vùng sâu, vùng xa được phục vụ bởi thư viện lưu động", period=T30),
    fig("thêm 12 xe", "12", 12, "count", "xe thư viện lưu động", status="forecast",
        subject="xe thư viện lưu động ngân sách trung ương hỗ trợ các địa phương mua thêm", period=Y24),
    fig("khoảng 30 tỷ", "30", 30000000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí mua thêm xe thư viện lưu động", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch, Vụ Thư viện): national figures, location Việt Nam. Dateline '23/04/2024 15:20 | Vụ Thư viện'.",
    "'tăng gấp 1,6 lần so với năm 2019' after a count is its change (unit lần). 58/63 → total 63. 'lần lượt 5, 4 và 3 xe' are list items located in Hà Nội, Thanh Hóa, Nghệ An.",
    "4.115 chuyến after 'trong đó' → total 6.850, and '(chiếm 60,1%)' is its percent.",
    "47,5% is national; the bracketed provincial rates share its indicator and take their provinces as location. 'trong năm học' has no calendar dates: no period.",
    "'ít nhất một lần' is the threshold that defines the indicator: optional. 'đến năm 2025 phấn đấu 70%' / 'đến năm 2030 đạt 90%' are targets; 'Dự kiến năm 2024' → forecast for both 12 xe and 30 tỷ.",
    "Distractors: 'lần thứ 3', '(21/4)', 'Quyết định số 329/QĐ-TTg', '23/04/2024 15:20', '51 Ngô Quyền', phone 024.3943.8231, '58/63' is not a date.",
]

if __name__ == "__main__":
    write("p1231-4", TEXT, NOTES, FIGS, published="2024-04-23", location="Việt Nam")
