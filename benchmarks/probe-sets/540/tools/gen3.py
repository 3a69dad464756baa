"""p540-3: formal report, UBND tỉnh Thừa Thiên Huế — drainage and wastewater 9 months 2023, flattened | table."""
from lib import emit, fig, per, inh

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình thực hiện công tác thoát nước và xử lý nước thải đô thị 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Trong 9 tháng năm 2023, toàn tỉnh đã thi công hoàn thành 14,6 km cống thu gom nước thải, đạt 73% kế hoạch năm; đấu nối mới 3.208 hộ. Tính đến ngày 30/9/2023, tổng số hộ đã đấu nối là 41.652 hộ, trong đó thành phố Huế 36.870 hộ.
2. Kết quả một số chỉ tiêu chủ yếu:
TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2023 | Ước thực hiện 9 tháng | Tỷ lệ so với KH (%)
1 | Chiều dài cống thu gom xây mới | km | 20 | 14,6 | 73,0
2 | Số hộ đấu nối mới | hộ | 5.000 | 3.208 | 64,2
3 | Lượng nước thải được xử lý | m³/ngày đêm | 62.000 | 55.340 | 89,3
4 | Số điểm ngập được xử lý | điểm | 8 | 5 | 62,5
5 | Kinh phí duy tu, nạo vét | triệu đồng | 18.500 | 11.726,4 | 63,4
3. Ba nhà máy xử lý nước thải của thành phố Huế có tổng công suất 74.500 m³/ngày đêm, hiện vận hành đạt khoảng 74% công suất thiết kế. Giá dịch vụ thoát nước bình quân năm 2023 là 3.900 đồng/m³; nguồn thu 9 tháng ước đạt 52,8 tỷ đồng, bằng 71,4% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2023
Trong quý IV, phấn đấu hoàn thành 5,4 km cống còn lại, đấu nối thêm khoảng 1.800 hộ; dự kiến đến hết năm 2023 tỷ lệ nước thải đô thị được thu gom, xử lý đạt 48%.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD.
"""

N9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
KH = per("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
UOC = per("Ước thực hiện 9 tháng", "2023-01-01", "2023-09-30")
ASOF = per("Tính đến ngày 30/9/2023", end="2023-09-30")
Q4 = per("Trong quý IV", "2023-10-01", "2023-12-31")


def row(label, unit, kind, mult, plan, est, ratio, plan_anchor, est_anchor, ratio_anchor):
    (pn, pv), (en, ev), (rn, rv) = plan, est, ratio
    return [
        fig(plan_anchor, pn, pv * mult, kind, unit, f"{label} kế hoạch năm 2023", KH, status="target"),
        fig(est_anchor, en, ev * mult, kind, unit, f"{label} ước thực hiện 9 tháng", UOC, status="estimate"),
        fig(ratio_anchor, rn, rv, "percent", "%", f"{label} tỷ lệ so với kế hoạch"),
    ]


FIGS = [
    fig("hoàn thành 14,6 km", "14,6", 14.6, "measure", "km", "cống thu gom nước thải thi công hoàn thành", N9,
        percent=73),
    fig("mới 3.208 hộ", "3.208", 3208, "count", "hộ", "hộ đấu nối mới", N9),
    fig("là 41.652 hộ", "41.652", 41652, "count", "hộ", "tổng số hộ đã đấu nối", ASOF),
    fig("Huế 36.870 hộ", "36.870", 36870, "count", "hộ", "hộ đã đấu nối", ASOF, total=41652, location="Huế"),
]
FIGS += row("Chiều dài cống thu gom xây mới", "km", "measure", 1,
            ("20", 20), ("14,6", 14.6), ("73,0", 73.0), "| km | 20 |", "| 14,6 |", "| 73,0")
FIGS += row("Số hộ đấu nối mới", "hộ", "count", 1,
            ("5.000", 5000), ("3.208", 3208), ("64,2", 64.2), "| 5.000 |", "| 3.208 |", "| 64,2")
FIGS += row("Lượng nước thải được xử lý", "m³/ngày đêm", "measure", 1,
            ("62.000", 62000), ("55.340", 55340), ("89,3", 89.3), "| 62.000 |", "| 55.340 |", "| 89,3")
FIGS += row("Số điểm ngập được xử lý", "điểm", "count", 1,
            ("8", 8), ("5", 5), ("62,5", 62.5), "| 8 |", "| 5 |", "| 62,5")
FIGS += row("Kinh phí duy tu, nạo vét", "đồng", "money", 1e6,
            ("18.500", 18500), ("11.726,4", 11726.4), ("63,4", 63.4), "| 18.500 |", "| 11.726,4 |", "| 63,4")
FIGS += [
    fig("Ba nhà máy", "Ba", 3, "count", "nhà máy", "nhà máy xử lý nước thải", location="Huế"),
    fig("suất 74.500 m³", "74.500", 74500, "measure", "m³/ngày đêm", "tổng công suất nhà máy xử lý nước thải",
        location="Huế"),
    fig("khoảng 74% công suất", "74", 74, "percent", "%", "mức vận hành so với công suất thiết kế", approx="about",
        location="Huế"),
    fig("là 3.900 đồng", "3.900", 3900, "money", "đồng/m³", "giá dịch vụ thoát nước bình quân",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ước đạt 52,8 tỷ đồng", "52,8", 52.8e9, "money", "đồng", "nguồn thu giá dịch vụ thoát nước",
        per("9 tháng", "2023-01-01", "2023-09-30"), percent=71.4, status="estimate"),
    fig("thành 5,4 km", "5,4", 5.4, "measure", "km", "cống còn lại hoàn thành", Q4, status="target"),
    fig("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ đấu nối thêm", Q4, approx="about", status="target"),
    fig("đạt 48%", "48", 48, "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý",
        per("đến hết năm 2023", end="2023-12-31"), status="forecast"),
]

COMMENTS = [
    "Formal report (letterhead), UBND tỉnh Thừa Thiên Huế, Số: 318/BC-UBND, 'Thừa Thiên Huế, ngày 12 tháng 10 năm 2023'",
    "(the article's date): thoát nước và xử lý nước thải đô thị 9 tháng năm 2023, with a flattened '|' table",
    "(TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2023 | Ước thực hiện 9 tháng | Tỷ lệ so với KH (%)).",
    "Table: every numeric cell is a figure; Kế hoạch → target, Ước thực hiện → estimate, period from the header",
    "('9 tháng' takes 2023 from the title). Choice: the ratio column has no status cue of its own → actual, no period.",
    "Unit from the Đơn vị column; 'triệu đồng' multiplies the Kinh phí row. Row numbers 1-5, section numbers I./II./1./2./3.,",
    "Số: 318/BC-UBND, 'quý IV/2023' heading are not figures. 'Ba nhà máy' is a number word (3).",
    "Narrative '14,6 km ..., đạt 73% kế hoạch năm' → percent 73; 36.870 follows 'trong đó' after 41.652 → total.",
    "'phấn đấu' → target (5,4 km, 1.800 hộ); 'dự kiến đến hết năm 2023' → forecast, as-of end 2023.",
]

if __name__ == "__main__":
    emit("p540-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Thừa Thiên Huế")
