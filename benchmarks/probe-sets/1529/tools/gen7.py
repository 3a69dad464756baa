"""p1529-7: department site (Sở Công Thương Hưng Yên), no dateline: plastic cleaning tools, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản xuất dụng cụ vệ sinh nhà cửa: ngành hàng nhỏ, giá trị lớn

Hưng Yên hiện có 64 doanh nghiệp và khoảng 420 hộ sản xuất dụng cụ vệ sinh nhà cửa bằng nhựa, tập trung tại huyện Văn Lâm và thị xã Mỹ Hào. Năm 2024, giá trị sản xuất của ngành ước đạt 2.150 tỷ đồng, tăng 6,3% so với năm 2023, chiếm 1,4% giá trị sản xuất công nghiệp toàn tỉnh. Ngành sử dụng khoảng 5.600 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Cây lau nhà các loại
4.850
5.320
5.900
109,7
Trong đó: cây lau nhà xoay
2.960
3.410
3.900
115,2
Chổi nhựa, chổi quét
6.200
6.480
6.700
104,5
Bàn chải, cọ vệ sinh
3.150
3.260
3.400
103,5
Tổng số
14.200
15.060
16.000
106,1

Riêng thị trấn Như Quỳnh (huyện Văn Lâm) có 38 xưởng sản xuất cây lau nhà, mỗi năm tái chế khoảng 12.000 tấn nhựa phế liệu. Tỉnh đặt mục tiêu đến năm 2026 di dời 100% cơ sở gây ô nhiễm vào cụm công nghiệp.

Liên kết website: Bộ Công Thương | UBND tỉnh Hưng Yên
Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.446 | Email: sct@hungyen.gov.vn
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24i = inh(per("2024", "2024-01-01", "2024-12-31"))
TO26 = per("đến năm 2026", None, "2026-12-31")
VL = "Văn Lâm"

COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Cây lau nhà các loại", "cây lau nhà các loại", ["4.850", "5.320", "5.900", "109,7"]),
        ("Trong đó: cây lau nhà xoay", "cây lau nhà xoay", ["2.960", "3.410", "3.900", "115,2"]),
        ("Chổi nhựa, chổi quét", "chổi nhựa, chổi quét", ["6.200", "6.480", "6.700", "104,5"]),
        ("Bàn chải, cọ vệ sinh", "bàn chải, cọ vệ sinh", ["3.150", "3.260", "3.400", "103,5"]),
        ("Tổng số", "tổng số", ["14.200", "15.060", "16.000", "106,1"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


PARENT = {c[0]: num(x) * 1e3 for c, x in zip(COLS, ROWS[0][2][:3])}
CELLS = []
for label, name, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums[:3]):
        kw = {"status": st} if st else {}
        if name == "cây lau nhà xoay":
            kw["total"] = PARENT[col]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "count", "chiếc",
                         subject=f"sản lượng {name} {col}", period=p, **kw))
        prev = n
    CELLS.append(fig(f"{prev}\n{nums[3]}", nums[3], num(nums[3]), "percent", "%",
                     subject=f"sản lượng {name} so với cùng kỳ", period=Y24i))

FIGS = [
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa bằng nhựa"),
    fig("khoảng 420 hộ", "420", 420, "count", "hộ", approx="about",
        subject="hộ sản xuất dụng cụ vệ sinh nhà cửa bằng nhựa"),
    fig("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate", percent=1.4,
        change=chg("increase", 6.3, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
    fig("khoảng 5.600 lao động", "5.600", 5600, "count", "lao động", approx="about",
        subject="lao động ngành sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
] + CELLS + [
    fig("có 38 xưởng", "38", 38, "count", "xưởng", subject="xưởng sản xuất cây lau nhà", location=VL),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", approx="about",
        subject="nhựa phế liệu tái chế mỗi năm", location=VL),
    fig("di dời 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở gây ô nhiễm di dời vào cụm công nghiệp", period=TO26),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên) with no dateline: menu, related links, address, phone, e-mail, 'Lượt truy cập: 1.204.377'. published absent.",
    "Distractors: 'Số 6 đường Chùa Chuông', phone 0221.3862.446, Lượt truy cập 1.204.377, 'năm 2023' as baseline.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': cells × 1000, count, unit chiếc. Columns: Năm 2023 (actual), Ước thực hiện 2024 (estimate), Kế hoạch 2025 (target), So với cùng kỳ (%) (actual percent, period inherited 2024).",
    "'Trong đó: cây lau nhà xoay' sub-row: each of its three amount cells is a part of the 'Cây lau nhà các loại' cell of the same column → total (same thing, same period). Other rows get no total.",
    "'Riêng thị trấn Như Quỳnh (huyện Văn Lâm)' → location Văn Lâm for its two figures; 'mỗi năm ... khoảng 12.000 tấn' is a rate: tấn/năm.",
    "'ước đạt 2.150 tỷ ..., tăng 6,3% ..., chiếm 1,4%' → estimate with change and percent.",
]

if __name__ == "__main__":
    write("p1529-7", TEXT, NOTES, FIGS, location="Hưng Yên")
