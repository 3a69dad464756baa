"""p648-3: formal report, UBND tỉnh Hà Giang — dệt thổ cẩm, lanh gắn với du lịch, 9 tháng 2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nghề dệt thổ cẩm gắn với du lịch 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/9/2024, toàn tỉnh có 27 làng nghề dệt thổ cẩm, lanh được công nhận, tăng 3 làng so với cuối năm 2023, với 46 hợp tác xã, tổ hợp tác và 2.184 lao động tham gia sản xuất. 9 tháng năm 2024, tổng doanh thu ước đạt 38.460 triệu đồng, bằng 81,2% kế hoạch năm, tăng 14,7% so với cùng kỳ.

2. Kết quả theo địa bàn
Huyện | Số HTX, tổ hợp tác | Số lao động (người) | Doanh thu 9 tháng (triệu đồng)
Đồng Văn | 12 | 615 | 11.240,5
Mèo Vạc | 9 | 472 | 8.349,5
Quản Bạ | 11 | 538 | 9.870
Yên Minh | 8 | 329 | 5.120
Các huyện khác | 6 | 230 | 3.880
Tổng cộng | 46 | 2.184 | 38.460

3. Gắn kết với du lịch
9 tháng, các làng nghề dệt đón khoảng 126.000 lượt khách, chiếm 4,8% tổng lượt khách đến Hà Giang; riêng HTX dệt lanh Lùng Tám (huyện Quản Bạ) đón 31.500 lượt khách. Giá bán sản phẩm phổ biến từ 150.000 đến 2.500.000 đồng/sản phẩm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 doanh thu đạt 47.000 triệu đồng; mở 5 lớp đào tạo nghề dệt cho 150 lao động nữ tại Tổ 3, thị trấn Phó Bảng, huyện Đồng Văn.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KTN.
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

FIGS = [
    fig("có 27 làng", "27", 27, "count", "làng nghề", change=chg("increase", 3, "làng", baseline="cuối năm 2023"),
        subject="làng nghề dệt thổ cẩm, lanh được công nhận", period=ASOF),
    fig("với 46 hợp", "46", 46, "count", "hợp tác xã, tổ hợp tác",
        subject="hợp tác xã, tổ hợp tác dệt thổ cẩm, lanh", period=ASOF),
    fig("và 2.184 lao", "2.184", 2184, "count", "lao động", subject="lao động tham gia sản xuất", period=ASOF),
    fig("đạt 38.460", "38.460", 38460e6, "money", "đồng", percent=81.2, status="estimate",
        change=chg("increase", 14.7, baseline="cùng kỳ"), subject="tổng doanh thu", period=M9),
]

ROWS = [("Đồng Văn", "Đồng Văn", ("12", "615", "11.240,5")),
        ("Mèo Vạc", "Mèo Vạc", ("9", "472", "8.349,5")),
        ("Quản Bạ", "Quản Bạ", ("11", "538", "9.870")),
        ("Yên Minh", "Yên Minh", ("8", "329", "5.120")),
        ("Các huyện khác", None, ("6", "230", "3.880")),
        ("Tổng cộng", None, ("46", "2.184", "38.460"))]
for label, place, (h, l, d) in ROWS:
    extra = "" if place else (" các huyện khác" if label.startswith("Các") else " tổng cộng")
    kw = {"location": place} if place else {}
    fig_h = fig(f"{label} | {h}", h, int(h), "count", "HTX, tổ hợp tác",
                subject="Số HTX, tổ hợp tác" + extra, **kw)
    fig_l = fig(f"{h} | {l} |", l, float(l.replace(".", "")), "count", "người",
                subject="Số lao động" + extra, **kw)
    fig_d = fig(f"{l} | {d}", d, float(d.replace(".", "").replace(",", ".")) * 1e6, "money", "đồng",
                subject="Doanh thu 9 tháng" + extra, period=per("Doanh thu 9 tháng", "2024-01-01", "2024-09-30"), **kw)
    FIGS += [fig_h, fig_l, fig_d]

FIGS += [
    fig("khoảng 126.000", "126.000", 126000, "count", "lượt khách", approx="about", percent=4.8,
        subject="lượt khách đến các làng nghề dệt", period=M9b),
    fig("đón 31.500", "31.500", 31500, "count", "lượt khách", subject="lượt khách HTX dệt lanh Lùng Tám đón",
        period=M9b, location="Quản Bạ"),
    fig("từ 150.000 đến 2.500.000", "150.000", 150000, "money", "đồng/sản phẩm", value_max=2500000,
        subject="giá bán sản phẩm"),
    fig("đạt 47.000", "47.000", 47000e6, "money", "đồng", status="target", subject="doanh thu",
        period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("mở 5 lớp", "5", 5, "count", "lớp", status="target", subject="lớp đào tạo nghề dệt", period=Q4,
        location="Đồng Văn"),
    fig("cho 150 lao", "150", 150, "count", "lao động nữ", status="target",
        subject="lao động nữ được đào tạo nghề dệt", period=Q4, location="Đồng Văn"),
]

if __name__ == "__main__":
    write("p648-3", TEXT, FIGS, published="2024-10-07", location="Hà Giang", comments=[
        "Formal report (UBND tỉnh Hà Giang, Số: 487/BC-UBND, 'Hà Giang, ngày 07 tháng 10 năm 2024'): dệt thổ cẩm, lanh 9 tháng 2024.",
        "Flattened '|' table: every numeric cell is a figure; district row labels go to location; 'Các huyện khác' and 'Tổng cộng'",
        "rows stay at the province. Units from the column headers ('(người)', '(triệu đồng)' = x10^6). Only the revenue column",
        "names a period ('Doanh thu 9 tháng', scored); no 'Ước' column, so cells are actual. Cells carry no totals.",
        "Q4 tasks (5 lớp, 150 lao động nữ) take 'QUÝ IV/2024' from the heading (inherited) and are held in huyện Đồng Văn.",
        "Distractors: Số 487/BC-UBND, place-and-date line, section numbers I./1./2./3./II., Tổ 3, '9 tháng' headings.",
    ])
