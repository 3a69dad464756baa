"""p1362-3: formal report (UBND tỉnh Bạc Liêu, Số: 312/BC-UBND): limiting groundwater extraction in 2023, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẠC LIÊU
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện các giải pháp hạn chế khai thác nước dưới đất năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp phép và trám lấp giếng
Năm 2023, toàn tỉnh cấp mới 38 giấy phép khai thác nước dưới đất, gia hạn 21 giấy phép; trám lấp 864 giếng không sử dụng, vượt 8% kế hoạch (800 giếng).

Kết quả trám lấp giếng theo địa phương
Đơn vị tính: giếng
STT | Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | TP Bạc Liêu | 145 | 172 | 180
2 | Thị xã Giá Rai | 198 | 236 | 250
3 | Huyện Đông Hải | 203 | 251 | 260
4 | Huyện Hòa Bình | 112 | 205 | 210
  | Tổng cộng | 658 | 864 | 900

2. Quan trắc
Mạng quan trắc của tỉnh gồm 24 giếng quan trắc và 16 mốc đo lún. Kết quả năm 2023 cho thấy mực nước tầng Pleistocen giữa hạ thấp từ 0,3 đến 0,6 m so với năm 2022; tốc độ lún lớn nhất ghi nhận tại thị xã Giá Rai là 4,1 cm/năm.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu trám lấp 900 giếng; giảm 10% tổng lượng nước dưới đất khai thác so với năm 2023.
2. 100% giếng khai thác của doanh nghiệp được lắp thiết bị đo lưu lượng tự động.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, STNMT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Minh Tâm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
N24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = [("Năm 2022", C22, None), ("Năm 2023", Y23, None), ("Kế hoạch 2024", K24, "target")]
SUBJ = "giếng trám lấp"


def row(label, place, nums):
    out = []
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = (SUBJ if label != "Tổng cộng" else "tổng cộng giếng trám lấp") + " " + col.lower()
        out.append(fig(f"{prev} | {n}", n, float(n), "count", "giếng", subject=subj, period=p,
                       location=place, **kw))
        prev = n
    return out


CELLS = (row("TP Bạc Liêu", "TP Bạc Liêu", ["145", "172", "180"])
         + row("Giá Rai", "Giá Rai", ["198", "236", "250"])
         + row("Đông Hải", "Đông Hải", ["203", "251", "260"])
         + row("Hòa Bình", "Hòa Bình", ["112", "205", "210"])
         + row("Tổng cộng", "Bạc Liêu", ["658", "864", "900"]))

FIGS = [
    fig("cấp mới 38 giấy phép", "38", 38, "count", "giấy phép",
        subject="giấy phép khai thác nước dưới đất cấp mới", period=Y23),
    fig("gia hạn 21 giấy phép", "21", 21, "count", "giấy phép",
        subject="giấy phép khai thác nước dưới đất gia hạn", period=Y23),
    fig("trám lấp 864 giếng", "864", 864, "count", "giếng",
        change=chg("increase", 8, "%", "kế hoạch"), target=tgt(800, "giếng"),
        subject="giếng không sử dụng trám lấp", period=Y23),
] + CELLS + [
    fig("gồm 24 giếng", "24", 24, "count", "giếng", subject="giếng quan trắc"),
    fig("và 16 mốc", "16", 16, "count", "mốc", subject="mốc đo lún"),
    fig("từ 0,3 đến 0,6 m", "0,3", 0.3, "measure", "m", value_max=0.6,
        subject="mực nước tầng Pleistocen giữa hạ thấp", period=Y23b),
    fig("là 4,1 cm/năm", "4,1", 4.1, "measure", "cm/năm",
        subject="tốc độ lún lớn nhất", period=Y23b, location="Giá Rai"),
    fig("Phấn đấu trám lấp 900 giếng", "900", 900, "count", "giếng", status="target",
        subject="giếng trám lấp", period=N24),
    fig("giảm 10%", "10", 10, "percent", "%", status="target",
        subject="mức giảm tổng lượng nước dưới đất khai thác", period=N24),
    fig("2. 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ giếng khai thác của doanh nghiệp được lắp thiết bị đo lưu lượng tự động", period=N24),
]

NOTES = [
    "Formal report (UBND tỉnh Bạc Liêu, Số: 312/BC-UBND, 15/12/2023), sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: 'Số: 312/BC-UBND', letterhead date, section numbers I./II./1./2., table STT column 1-4, 'Lưu: VT, STNMT',",
    "baselines 'so với năm 2022', 'so với năm 2023'.",
    "'vượt 8% kế hoạch (800 giếng)' → change increase 8% (baseline kế hoạch) and target 800 giếng.",
    "Flattened '|' table, 'Đơn vị tính: giếng'; place rows go to location (TP Bạc Liêu, Giá Rai, Đông Hải, Hòa Bình),",
    "'Tổng cộng' is the province; period from column headers (scored); 'Kế hoạch 2024' → target; cells get no total.",
    "revised after the first run: the column label is added to every cell's subject (FIGURES.md: row label and column label;",
    "a place label goes to location), as in p1362-7 and the shared gold h23.",
    "'Mạng quan trắc ... gồm 24 giếng ... và 16 mốc' has no whole figure before 'gồm': no total.",
    "'hạ thấp từ 0,3 đến 0,6 m so với năm 2022' is the claim itself (no base amount): a measure range, no change.",
    "Section 'II. NHIỆM VỤ NĂM 2024': 'Phấn đấu' and the task list → target; period from the heading (another line: inherited).",
    "'giảm 10% ... so với năm 2023' → percent figure (the cut is the claim), no change.",
]

if __name__ == "__main__":
    write("p1362-3", TEXT, NOTES, FIGS, published="2023-12-15", location="Bạc Liêu")
