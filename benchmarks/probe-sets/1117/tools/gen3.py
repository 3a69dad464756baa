"""p1117-3: formal report (UBND tỉnh Hòa Bình, Số: 45/BC-UBND) on 2023 chopstick/toothpick production; flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÒA BÌNH
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ sản phẩm đũa, tăm tre năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Vùng nguyên liệu
Toàn tỉnh có 18.650 ha tre, luồng, trong đó diện tích đang cho khai thác 11.420 ha; sản lượng khai thác năm 2023 đạt 2,35 triệu cây, bằng 102,6% kế hoạch.

2. Sản lượng đũa tre theo địa bàn
Đơn vị tính: triệu đôi
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
Huyện Lạc Sơn | 52,6 | 58,4 | 64,0
Huyện Mai Châu | 28,3 | 31,5 | 35,0
Huyện Kim Bôi | 21,7 | 24,0 | 26,0
Huyện Đà Bắc | 10,9 | 12,6 | 15,0
Tổng cộng | 113,5 | 126,5 | 140,0

3. Cơ sở sản xuất, lao động
Đến ngày 31/12/2023, toàn tỉnh có 99 cơ sở sản xuất đũa, tăm tre, tăng 8 cơ sở so với năm 2022, gồm 6 doanh nghiệp, 15 hợp tác xã và 78 hộ sản xuất. Doanh thu năm 2023 đạt 89,4 tỷ đồng, tăng 11,5% so với năm 2022; giá trị xuất khẩu đạt 2,1 triệu USD. Các cơ sở giải quyết việc làm cho 2.140 lao động, tiền lương bình quân 5,8 triệu đồng/người/tháng, cao hơn 0,6 triệu đồng so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng đũa đạt 140 triệu đôi, doanh thu trên 100 tỷ đồng; trồng mới 500 ha tre, luồng; hỗ trợ 10 cơ sở đầu tư máy móc, mỗi cơ sở tối đa 200 triệu đồng.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Quách Tất Liêm
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
N24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
TITLE = per("đũa, tăm tre năm 2023", "2023-01-01", "2023-12-31", inherited=True)
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
        subj = f"sản lượng đũa tre {col.lower()}"
    else:
        subj = f"tổng cộng sản lượng đũa tre {col.lower()}"
    return fig(anchor, number, value, "count", "đôi", subject=subj, period=COLS[col], **kw)


FIGS = [
    fig("có 18.650 ha", "18.650", 18650, "measure", "ha", subject="diện tích tre, luồng", period=TITLE),
    fig("khai thác 11.420 ha", "11.420", 11420, "measure", "ha", total=18650,
        subject="diện tích tre, luồng đang cho khai thác", period=TITLE),
    fig("đạt 2,35 triệu cây", "2,35", 2.35e6, "count", "cây", percent=102.6,
        subject="sản lượng tre, luồng khai thác", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    cell("Sơn | 52,6", "52,6", 52.6e6, "Lạc Sơn", "Năm 2022"),
    cell("52,6 | 58,4", "58,4", 58.4e6, "Lạc Sơn", "Năm 2023"),
    cell("58,4 | 64,0", "64,0", 64e6, "Lạc Sơn", "Kế hoạch 2024"),
    cell("Châu | 28,3", "28,3", 28.3e6, "Mai Châu", "Năm 2022"),
    cell("28,3 | 31,5", "31,5", 31.5e6, "Mai Châu", "Năm 2023"),
    cell("31,5 | 35,0", "35,0", 35e6, "Mai Châu", "Kế hoạch 2024"),
    cell("Bôi | 21,7", "21,7", 21.7e6, "Kim Bôi", "Năm 2022"),
    cell("21,7 | 24,0", "24,0", 24e6, "Kim Bôi", "Năm 2023"),
    cell("24,0 | 26,0", "26,0", 26e6, "Kim Bôi", "Kế hoạch 2024"),
    cell("Bắc | 10,9", "10,9", 10.9e6, "Đà Bắc", "Năm 2022"),
    cell("10,9 | 12,6", "12,6", 12.6e6, "Đà Bắc", "Năm 2023"),
    cell("12,6 | 15,0", "15,0", 15e6, "Đà Bắc", "Kế hoạch 2024"),
    cell("cộng | 113,5", "113,5", 113.5e6, None, "Năm 2022"),
    cell("113,5 | 126,5", "126,5", 126.5e6, None, "Năm 2023"),
    cell("126,5 | 140,0", "140,0", 140e6, None, "Kế hoạch 2024"),
    fig("có 99 cơ sở", "99", 99, "count", "cơ sở", change=chg("increase", 8, "cơ sở", "năm 2022"),
        subject="cơ sở sản xuất đũa, tăm tre", period=ASOF),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=99,
        subject="doanh nghiệp sản xuất đũa, tăm tre", period=ASOF),
    fig("15 hợp tác xã", "15", 15, "count", "hợp tác xã", total=99,
        subject="hợp tác xã sản xuất đũa, tăm tre", period=ASOF),
    fig("78 hộ sản xuất", "78", 78, "count", "hộ", total=99,
        subject="hộ sản xuất đũa, tăm tre", period=ASOF),
    fig("đạt 89,4 tỷ đồng", "89,4", 89.4e9, "money", "đồng",
        change=chg("increase", 11.5, "%", "năm 2022"),
        subject="doanh thu đũa, tăm tre", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 2,1 triệu USD", "2,1", 2.1e6, "money", "USD", subject="giá trị xuất khẩu đũa, tăm tre",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 2.140 lao động", "2.140", 2140, "count", "lao động",
        subject="lao động các cơ sở sản xuất đũa, tăm tre giải quyết việc làm", period=inh(Y23)),
    fig("bình quân 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 6e5, "đồng", "năm 2022"),
        subject="tiền lương bình quân lao động các cơ sở sản xuất đũa, tăm tre", period=inh(Y23)),
    fig("đạt 140 triệu đôi", "140", 140e6, "count", "đôi", status="target",
        subject="sản lượng đũa", period=N24),
    fig("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu đũa, tăm tre", period=N24),
    fig("trồng mới 500 ha", "500", 500, "measure", "ha", status="target",
        subject="diện tích tre, luồng trồng mới", period=N24),
    fig("hỗ trợ 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ đầu tư máy móc", period=N24),
    fig("tối đa 200 triệu", "200", 2e8, "money", "đồng/cơ sở", approx="at_most", status="target",
        subject="mức hỗ trợ đầu tư máy móc mỗi cơ sở", period=N24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÒA BÌNH', 'Số: 45/BC-UBND', 'Hòa Bình, ngày 22 tháng 01 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened | table, 'Đơn vị tính: triệu đôi' (value ×10^6, unit 'đôi'); rows are districts -> location, subject = caption indicator + column label;",
    "period from the column header (scored); 'Kế hoạch 2024' column -> status target; 'Tổng cộng' row -> location Hòa Bình. Table cells get no total.",
    "11.420 ha follows 'trong đó' after 18.650 ha -> total. 6 + 15 + 78 = 99 after 'gồm' -> total 99 (same as-of date).",
    "'cao hơn 0,6 triệu đồng so với năm 2022' is the change of the wage (600000 đồng). Section II heading gives the 2024 period (inherited).",
    "'mỗi cơ sở tối đa 200 triệu đồng' continues 'Phấn đấu' -> target, unit đồng/cơ sở.",
    "18.650 / 11.420 ha: the clause has no period of its own ('năm 2023' later in the sentence governs only the output clause); the title's year is inherited.",
    "Distractors: Số: 45/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, KTN', signer's name.",
]

if __name__ == "__main__":
    write("p1117-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Hòa Bình")
