"""p1246-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national exports of bí đỏ, bí xanh, 8 tháng 2024."""
from lib import fig, per, inh, year, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thị trường nông sản

Xuất khẩu bí đỏ 8 tháng tăng 41%

20/09/2024 | 08:30 | Cục Trồng trọt

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm 2024 cả nước xuất khẩu 58.600 tấn bí đỏ tươi và sơ chế, trị giá 21,7 triệu USD, tăng 41,3% so với cùng kỳ năm 2023. Trung Quốc là thị trường lớn nhất với 43.900 tấn, chiếm 74,9% khối lượng; tiếp đến là Hàn Quốc 6.850 tấn, Nhật Bản 3.120 tấn và Đài Loan 1.900 tấn.

Trong 8 tháng, bí xanh xuất khẩu đạt 12.400 tấn, trị giá khoảng 5,3 triệu USD, giảm 8% so với cùng kỳ do giá giảm.

Cả nước hiện có khoảng 42.000 ha bí đỏ; sản lượng năm 2023 đạt hơn 1 triệu tấn. Các địa phương có diện tích lớn lần lượt là Đắk Lắk (6.800 ha), Gia Lai (4.100 ha), Hải Dương (1.750 ha) và Quảng Nam (1.150 ha). Việt Nam hiện đứng thứ 3 trong các nước cung cấp bí đỏ cho thị trường Trung Quốc.

Đến nay, cả nước đã cấp 312 mã số vùng trồng bí đỏ với tổng diện tích 9.450 ha và 57 mã số cơ sở đóng gói phục vụ xuất khẩu.

Theo Quyết định số 1748/QĐ-BNN-TT, mục tiêu đến năm 2030 kim ngạch xuất khẩu bí các loại đạt 100 triệu USD/năm; diện tích có mã số vùng trồng chiếm ít nhất 40% tổng diện tích.

Tin cùng chuyên mục:
- Hội nghị triển khai kế hoạch sản xuất vụ Đông 2024
- Cục Trồng trọt làm việc với Hải quan Hữu Nghị

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

HEAD = per("8 tháng", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8b = per("Trong 8 tháng", "2024-01-01", "2024-08-31")
Y23 = year("năm 2023", 2023)
NOW = per("Đến nay", None, "2024-09-20")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("8 tháng tăng 41%", "41", 41, "percent", "%", subject="xuất khẩu bí đỏ", period=HEAD),
    fig("khẩu 58.600 tấn", "58.600", 58600, "measure", "tấn", subject="bí đỏ tươi và sơ chế xuất khẩu", period=M8),
    fig("trị giá 21,7 triệu", "21,7", 21.7e6, "money", "USD", change=chg("increase", 41.3, "%", "cùng kỳ năm 2023"),
        subject="trị giá xuất khẩu bí đỏ", period=M8),
    fig("với 43.900 tấn", "43.900", 43900, "measure", "tấn", percent=74.9,
        subject="khối lượng bí đỏ xuất khẩu sang Trung Quốc", period=inh(M8)),
    fig("Hàn Quốc 6.850 tấn", "6.850", 6850, "measure", "tấn", subject="khối lượng bí đỏ xuất khẩu sang Hàn Quốc",
        period=inh(M8)),
    fig("Nhật Bản 3.120 tấn", "3.120", 3120, "measure", "tấn", subject="khối lượng bí đỏ xuất khẩu sang Nhật Bản",
        period=inh(M8)),
    fig("Đài Loan 1.900 tấn", "1.900", 1900, "measure", "tấn", subject="khối lượng bí đỏ xuất khẩu sang Đài Loan",
        period=inh(M8)),
    fig("đạt 12.400 tấn", "12.400", 12400, "measure", "tấn", subject="bí xanh xuất khẩu", period=M8b),
    fig("khoảng 5,3 triệu", "5,3", 5.3e6, "money", "USD", approx="about",
        change=chg("decrease", 8, "%", "cùng kỳ"), subject="trị giá xuất khẩu bí xanh", period=M8b),
    fig("khoảng 42.000 ha", "42.000", 42000, "measure", "ha", approx="about", subject="diện tích bí đỏ cả nước"),
    fig("hơn 1 triệu tấn", "1", 1e6, "measure", "tấn", approx="over", subject="sản lượng bí đỏ", period=Y23),
    fig("Đắk Lắk (6.800 ha)", "6.800", 6800, "measure", "ha", subject="diện tích bí đỏ", location="Đắk Lắk"),
    fig("Gia Lai (4.100 ha)", "4.100", 4100, "measure", "ha", subject="diện tích bí đỏ", location="Gia Lai"),
    fig("Hải Dương (1.750 ha)", "1.750", 1750, "measure", "ha", subject="diện tích bí đỏ", location="Hải Dương"),
    fig("Quảng Nam (1.150 ha)", "1.150", 1150, "measure", "ha", subject="diện tích bí đỏ", location="Quảng Nam"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="cung cấp bí đỏ cho thị trường Trung Quốc"),
    fig("cấp 312 mã số", "312", 312, "count", "mã số vùng trồng", subject="mã số vùng trồng bí đỏ được cấp",
        period=NOW),
    fig("diện tích 9.450 ha", "9.450", 9450, "measure", "ha", subject="tổng diện tích vùng trồng bí đỏ có mã số",
        period=NOW),
    fig("và 57 mã số", "57", 57, "count", "mã số cơ sở đóng gói",
        subject="mã số cơ sở đóng gói phục vụ xuất khẩu được cấp", period=NOW),
    fig("đạt 100 triệu USD", "100", 100e6, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu bí các loại", period=T30),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="diện tích có mã số vùng trồng trong tổng diện tích", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/09/2024 | 08:30 | Cục Trồng trọt' under the headline (published), related links, address footer.",
    "National figures: location Việt Nam. Trade partners (Trung Quốc, Hàn Quốc, Nhật Bản, Đài Loan) are not places of the figures: they go into the subject.",
    "Headline 'tăng 41%' is a growth rate as the claim: percent figure, no change; '8 tháng' takes the year of published (nothing dated before it).",
    "'tăng 41,3% so với cùng kỳ năm 2023' attaches to the money (21,7 triệu USD), the figure it follows; 43.900 tấn 'chiếm 74,9%' → percent.",
    "The market list (Hàn Quốc 6.850 tấn, ...) inherits '8 tháng đầu năm 2024' from the previous sentence (not scored).",
    "'Đến nay' is an as-of phrase: start null, end = published. Provinces in 'lần lượt là Đắk Lắk (6.800 ha), ...' → location each; 'hiện' → no period.",
    "'mục tiêu đến năm 2030' governs both clauses of its sentence (target, start null). 'đứng thứ 3' is a rank of Việt Nam.",
    "Distractors: 'Quyết định số 1748/QĐ-BNN-TT', '08:30', 'vụ Đông 2024' in a link, 'Số 2 Ngọc Hà', phone 024.3846.8161.",
]

if __name__ == "__main__":
    write("p1246-4", TEXT, NOTES, FIGS, published="2024-09-20", location="Việt Nam")
