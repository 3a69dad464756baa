"""p1412-2: district portal (huyện Tuần Giáo, Điện Biên): a cooperative in Quài Tở fights fall armyworm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO - TỈNH ĐIỆN BIÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Hợp tác xã ở Quài Tở chủ động phòng trừ sâu keo mùa thu

20/03/2024 - 10:12

Vụ ngô đông xuân 2023-2024, toàn huyện Tuần Giáo gieo trồng 1.860 ha ngô. Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, từ đầu năm 2024 đến ngày 15/3, sâu keo mùa thu đã gây hại 274 ha, trong đó 38 ha nhiễm nặng; sâu tập trung ở các xã Quài Tở (86 ha), Quài Cang (64 ha) và Mường Mùn (41 ha).

Tại xã Quài Tở, Hợp tác xã Nông nghiệp Hồng Lương có gần ba chục hộ thành viên với 42 ha ngô. Ngay khi phát hiện sâu non tuổi 1-2, hợp tác xã tổ chức hai đợt phun thuốc sinh học đồng loạt kết hợp ngắt bỏ ổ trứng, nhờ đó mật độ sâu giảm từ 8-10 con/m2 xuống dưới 1 con/m2. Năng suất ngô của hợp tác xã ước đạt 55 tạ/ha, cao hơn 9 tạ/ha so với các hộ không áp dụng. Chi phí thuốc chỉ khoảng 1,1 triệu đồng/ha, giảm 40% so với phun thuốc hóa học.

Ông Lò Văn Pấng, Giám đốc hợp tác xã, cho biết: "Năm 2023, có thời điểm ruộng ngô phải phun tới 4 lần mà sâu vẫn không hết, nhiều hộ mất 30-40% sản lượng".

Năm 2023, toàn huyện gieo trồng 4.150 ha ngô, vượt 3,8% kế hoạch. Năm 2024, huyện phấn đấu gieo trồng 4.200 ha ngô, năng suất bình quân 42 tạ/ha; Trạm Trồng trọt và Bảo vệ thực vật huyện dự kiến mở 12 lớp tập huấn cho khoảng 600 nông dân về nhận biết và phòng trừ sâu keo mùa thu.

Tin khác:
- Tuần Giáo: Ra quân trồng cây đầu xuân Giáp Thìn 2024
- Nghiệm thu mô hình lúa chất lượng cao tại xã Chiềng Sinh

Địa chỉ: Tổ dân phố 2, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên. Điện thoại: 0215.3862.158
"""

YTD = per("từ đầu năm 2024 đến ngày 15/3", "2024-01-01", "2024-03-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "diện tích bị sâu keo mùa thu gây hại"

FIGS = [
    fig("gieo trồng 1.860 ha", "1.860", 1860, "measure", "ha",
        subject="diện tích ngô vụ đông xuân 2023-2024 toàn huyện gieo trồng"),
    fig("gây hại 274 ha", "274", 274, "measure", "ha", subject="diện tích ngô bị sâu keo mùa thu gây hại",
        period=YTD),
    fig("38 ha nhiễm nặng", "38", 38, "measure", "ha", total=274, subject="diện tích nhiễm nặng", period=YTD),
    fig("Quài Tở (86 ha)", "86", 86, "measure", "ha", subject=LIST, period=YTD),
    fig("Quài Cang (64 ha)", "64", 64, "measure", "ha", subject=LIST, period=YTD),
    fig("Mường Mùn (41 ha)", "41", 41, "measure", "ha", subject=LIST, period=YTD),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ thành viên của Hợp tác xã Nông nghiệp Hồng Lương"),
    fig("với 42 ha", "42", 42, "measure", "ha", subject="diện tích ngô của Hợp tác xã Nông nghiệp Hồng Lương"),
    fig("hai đợt", "hai", 2, "count", "đợt", subject="đợt phun thuốc sinh học đồng loạt"),
    fig("từ 8-10 con/m2", "8", 8, "measure", "con/m2", value_max=10, subject="mật độ sâu trước khi phun"),
    fig("dưới 1 con/m2", "1", 1, "measure", "con/m2", approx="under", subject="mật độ sâu sau khi phun"),
    fig("ước đạt 55 tạ/ha", "55", 55, "measure", "tạ/ha", status="estimate",
        change=chg("increase", 9, "tạ/ha", "các hộ không áp dụng"), subject="năng suất ngô của hợp tác xã"),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "đồng/ha", approx="about",
        change=chg("decrease", 40, "%", "phun thuốc hóa học"), subject="chi phí thuốc"),
    fig("tới 4 lần", "4", 4, "count", "lần", subject="lần phun thuốc trên ruộng ngô", period=Y23),
    fig("mất 30-40%", "30", 30, "percent", "%", value_max=40, subject="sản lượng nhiều hộ bị mất", period=Y23),
    fig("gieo trồng 4.150 ha", "4.150", 4150, "measure", "ha",
        change=chg("increase", 3.8, "%", "kế hoạch"), subject="diện tích ngô toàn huyện gieo trồng",
        period=Y23),
    fig("gieo trồng 4.200 ha", "4.200", 4200, "measure", "ha", status="target",
        subject="diện tích ngô gieo trồng", period=Y24),
    fig("bình quân 42 tạ/ha", "42", 42, "measure", "tạ/ha", status="target",
        subject="năng suất bình quân", period=Y24),
    fig("mở 12 lớp", "12", 12, "count", "lớp tập huấn", status="forecast",
        subject="lớp tập huấn về nhận biết và phòng trừ sâu keo mùa thu", period=Y24),
    fig("khoảng 600 nông dân", "600", 600, "count", "nông dân", approx="about", status="forecast",
        subject="nông dân được tập huấn", period=Y24),
]

NOTES = [
    "District portal (huyện Tuần Giáo, Điện Biên): banner, menu, '20/03/2024 - 10:12' under the headline, 'Tin khác', address footer.",
    "Distractors: 'vụ đông xuân 2023-2024', 'sâu non tuổi 1-2' (larval instar, a stage name), 'Giáp Thìn 2024', 'Tổ dân phố 2',",
    "phone 0215.3862.158, times. Communes (Quài Tở, Quài Cang, Mường Mùn) are below district level: location stays Tuần Giáo.",
    "A season with years ('vụ ngô đông xuân 2023-2024') is kept in the subject and gives no period (as the shared gold h19 does).",
    "'từ đầu năm 2024 đến ngày 15/3' = 2024-01-01..2024-03-15, scored for the whole sentence incl. the commune list after ';'.",
    "Commune list (86+64+41 = 191 ≠ 274) is not a breakdown: no total. '38 ha nhiễm nặng' after 'trong đó' → total 274.",
    "'gần ba chục hộ' = nearly 30. 'mật độ sâu giảm từ 8-10 con/m2 xuống dưới 1 con/m2' → two figures (before: range; after: under).",
    "'cao hơn 9 tạ/ha so với các hộ không áp dụng' and 'giảm 40% so với phun thuốc hóa học' are changes.",
    "'vượt 3,8% kế hoạch' → change increase 3.8% with baseline kế hoạch (FIGURES.md: a gap to a plan is a change).",
    "'Năm 2024, huyện phấn đấu ...' → target; 'dự kiến mở 12 lớp ... khoảng 600 nông dân' → forecast, same sentence, period 2024.",
]

if __name__ == "__main__":
    write("p1412-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Tuần Giáo")
