"""p1334-4: ministry site (Bộ Giáo dục và Đào tạo): national textbook supply and prices for 2024-2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin tổng hợp

Bảo đảm đủ sách giáo khoa cho 23 triệu học sinh
Thứ Hai, 15/07/2024 - 10:30

Theo báo cáo của Vụ Giáo dục Trung học tại hội nghị trực tuyến ngày 12/7, năm học 2024-2025 cả nước có khoảng 23 triệu học sinh phổ thông, tăng gần 300.000 em so với năm học trước. Đây là năm học thứ 5 triển khai Chương trình giáo dục phổ thông 2018 và là năm đầu tiên hoàn thành thay sách ở cả ba cấp học.

Các nhà xuất bản dự kiến in và phát hành khoảng 112 triệu bản sách giáo khoa, trong đó sách cho lớp 5, lớp 9 và lớp 12 khoảng 24,6 triệu bản. Từ đầu năm đến nay, Bộ đã phê duyệt thêm 86 đầu sách giáo khoa lớp 12. Đến ngày 10/7/2024, đã có 63/63 tỉnh, thành phố hoàn thành việc lựa chọn sách giáo khoa; 58 địa phương đã tổng hợp xong nhu cầu đặt sách.

Về giá, mức giá bìa bình quân của sách giáo khoa năm nay khoảng 21.500 đồng/cuốn, giảm 3,5% so với năm 2023 nhờ tiết giảm chi phí phát hành. Giá một bộ sách lớp 12 (gồm 13 cuốn, chưa kể sách chuyên đề) từ 280.000 đến 320.000 đồng, cao nhất trong các khối lớp.

Ngân sách nhà nước năm 2024 dành khoảng 1.150 tỷ đồng hỗ trợ sách giáo khoa cho học sinh thuộc diện chính sách. Các địa phương có số học sinh được hỗ trợ lớn là Thanh Hóa (98.400 em), Nghệ An (85.200 em) và Hà Giang (61.700 em).

Bộ yêu cầu các sở giáo dục và đào tạo bảo đảm 100% học sinh có đủ sách trước ngày 5/9; phấn đấu đến năm 2025 có ít nhất 70% trường phổ thông có thư viện đạt chuẩn theo Thông tư số 16/2022/TT-BGDĐT.

Tin liên quan:
- Công bố danh mục sách giáo khoa lớp 12 được phê duyệt
- Hướng dẫn lựa chọn sách giáo khoa năm học 2024-2025

Địa chỉ: Số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

SY = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
ASOF = per("Đến ngày 10/7/2024", None, "2024-07-10")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUPPORT = "số học sinh được hỗ trợ"

FIGS = [
    fig("cho 23 triệu học sinh", "23", 23e6, "count", "học sinh",
        subject="học sinh được bảo đảm đủ sách giáo khoa"),
    fig("khoảng 23 triệu học sinh", "23", 23e6, "count", "học sinh", approx="about",
        change=chg("increase", 300000, "em", "năm học trước", approx="nearly"),
        subject="học sinh phổ thông", period=SY),
    fig("cả ba cấp học", "ba", 3, "count", "cấp học", subject="cấp học hoàn thành thay sách", optional=True),
    fig("khoảng 112 triệu bản", "112", 112e6, "count", "bản", approx="about", status="forecast",
        subject="sách giáo khoa các nhà xuất bản in và phát hành", period=inh(SY)),
    fig("khoảng 24,6 triệu bản", "24,6", 24.6e6, "count", "bản", approx="about", status="forecast",
        total=112e6, subject="sách cho lớp 5, lớp 9 và lớp 12", period=inh(SY)),
    fig("thêm 86 đầu sách", "86", 86, "count", "đầu sách", subject="đầu sách giáo khoa lớp 12 Bộ phê duyệt thêm",
        period=YTD),
    fig("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố hoàn thành việc lựa chọn sách giáo khoa", period=ASOF),
    fig("58 địa phương", "58", 58, "count", "địa phương", subject="địa phương đã tổng hợp xong nhu cầu đặt sách",
        period=ASOF),
    fig("khoảng 21.500 đồng/cuốn", "21.500", 21500, "money", "đồng/cuốn", approx="about",
        change=chg("decrease", 3.5, "%", "năm 2023"),
        subject="mức giá bìa bình quân của sách giáo khoa", period=NOW),
    fig("gồm 13 cuốn", "13", 13, "count", "cuốn", subject="sách trong một bộ sách lớp 12"),
    fig("từ 280.000 đến 320.000", "280.000", 280000, "money", "đồng/bộ", value_max=320000,
        subject="giá một bộ sách lớp 12"),
    fig("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about",
        subject="ngân sách nhà nước hỗ trợ sách giáo khoa cho học sinh thuộc diện chính sách", period=Y24),
    fig("(98.400 em)", "98.400", 98400, "count", "em", subject=SUPPORT, location="Thanh Hóa", period=inh(Y24)),
    fig("(85.200 em)", "85.200", 85200, "count", "em", subject=SUPPORT, location="Nghệ An", period=inh(Y24)),
    fig("(61.700 em)", "61.700", 61700, "count", "em", subject=SUPPORT, location="Hà Giang", period=inh(Y24)),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target", subject="học sinh có đủ sách"),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="trường phổ thông có thư viện đạt chuẩn", period=T25),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT portal): breadcrumb, 'Thứ Hai, 15/07/2024 - 10:30', related links, address and phone footer.",
    "Distractors: 'ngày 12/7', 'năm học thứ 5', 'Chương trình giáo dục phổ thông 2018', 'lớp 5, lớp 9 và lớp 12', 'lớp 12', 'ngày 5/9',",
    "'Thông tư số 16/2022/TT-BGDĐT', 'Số 35 Đại Cồ Việt', phone 024.3869.4795, 'năm học 2024-2025' in a link, 10:30.",
    "National figures: location Việt Nam; list items 'Thanh Hóa (98.400 em)' etc. take the province as location, subject = the list's indicator.",
    "'tăng gần 300.000 em so với năm học trước' → change in 'em', approx nearly. 'cả ba cấp học' (a structural count) optional.",
    "'dự kiến in và phát hành khoảng 112 triệu bản' → forecast; the 'trong đó' part takes total 112 triệu and the forecast status.",
    "Their period is the school year of the previous sentence (inherited). 'Từ đầu năm đến nay' ends at the dateline 2024-07-15.",
    "'Đến ngày 10/7/2024' (as-of) governs both clauses around ';'. '63/63' → total 63; '58 địa phương' has no part-of cue: no total.",
    "'năm nay' = 2024 (dateline). 'gồm 13 cuốn' is a count. 'Bộ yêu cầu ... bảo đảm 100%' is a required level → target, no period.",
]

if __name__ == "__main__":
    write("p1334-4", TEXT, NOTES, FIGS, published="2024-07-15", location="Việt Nam")
