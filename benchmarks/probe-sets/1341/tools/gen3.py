"""p1341-3: formal report (UBND huyện Lý Sơn, Số: 412/BC-UBND): Khu bảo tồn biển Lý Sơn 2024; flattened '|' table of coral restoration."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN LÝ SƠN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lý Sơn, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý Khu bảo tồn biển Lý Sơn năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tuần tra, kiểm soát
Năm 2024, lực lượng chức năng tổ chức 186 chuyến tuần tra trên vùng biển thuộc Khu bảo tồn, phát hiện, xử lý 23 vụ vi phạm, giảm 9 vụ so với năm 2023; xử phạt hành chính 142,5 triệu đồng; tịch thu 11 bộ đồ lặn và ba máy nén khí.

2. Phục hồi rạn san hô
Diện tích san hô được trồng phục hồi
Đơn vị tính: m2
Khu vực | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Rạn Hang Câu | 1.200 | 1.850 | 154,2 | 2.000
Rạn Bãi Làng | 650 | 900 | 138,5 | 1.000
Rạn Mù Cu | 400 | 550 | 137,5 | 700
Tổng cộng | 2.250 | 3.300 | 146,7 | 3.700

Tổng kinh phí phục hồi san hô năm 2024 là 1,15 tỷ đồng, trong đó vốn tài trợ của Quỹ Bảo tồn biển Xanh chiếm 40%. Độ phủ san hô sống tại các điểm quan trắc đạt bình quân 32,8%, tăng 1,9 điểm phần trăm so với năm 2023.

3. Cứu hộ sinh vật biển
Trong năm, tổ cứu hộ cộng đồng đã cứu hộ, thả về biển 14 cá thể rùa biển và 1 cá thể cá heo mắc cạn tại bãi biển thôn Đông, xã An Vĩnh.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm ít nhất 20% số vụ vi phạm so với năm 2024; trồng phục hồi 3.700 m2 san hô; tổ chức 4 lớp tập huấn kỹ năng cứu hộ sinh vật biển cho khoảng 120 ngư dân.

Nơi nhận:
- Sở Nông nghiệp và PTNT tỉnh Quảng Ngãi;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
H24 = per("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
H25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
CP = {"Năm 2023": (Y23, None), "Ước thực hiện 2024": (E24, "estimate"),
      "So với cùng kỳ (%)": (inh(E24), None), "Kế hoạch 2025": (K25, "target")}


def cell(prev, number, row, col):
    p, st = CP[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(".", "").replace(",", "."))
    if col.startswith("So với"):
        return fig(f"{prev} | {number}", number, v, "percent", "%",
                   subject=f"diện tích san hô được trồng phục hồi {row} so với cùng kỳ", period=p, **kw)
    return fig(f"{prev} | {number}", number, v, "measure", "m2",
               subject=f"diện tích san hô được trồng phục hồi {row} {col.lower()}", period=p, **kw)


ROWS = [("Rạn Hang Câu", ["1.200", "1.850", "154,2", "2.000"]), ("Rạn Bãi Làng", ["650", "900", "138,5", "1.000"]),
        ("Rạn Mù Cu", ["400", "550", "137,5", "700"]), ("Tổng cộng", ["2.250", "3.300", "146,7", "3.700"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(prev, n, label if label != "Tổng cộng" else "tổng cộng", col))
        prev = n

FIGS = [
    fig("tổ chức 186 chuyến", "186", 186, "count", "chuyến", subject="chuyến tuần tra trên vùng biển thuộc Khu bảo tồn",
        period=Y24),
    fig("xử lý 23 vụ", "23", 23, "count", "vụ", change=chg("decrease", 9, "vụ", "năm 2023"),
        subject="vụ vi phạm phát hiện, xử lý", period=Y24),
    fig("hành chính 142,5 triệu", "142,5", 142.5e6, "money", "đồng", subject="tiền xử phạt hành chính", period=Y24),
    fig("tịch thu 11 bộ", "11", 11, "count", "bộ đồ lặn", subject="đồ lặn bị tịch thu", period=Y24),
    fig("ba máy nén", "ba", 3, "count", "máy nén khí", subject="máy nén khí bị tịch thu", period=Y24),
] + CELLS + [
    fig("là 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", subject="tổng kinh phí phục hồi san hô", period=Y24b),
    fig("chiếm 40%", "40", 40, "percent", "%", subject="vốn tài trợ của Quỹ Bảo tồn biển Xanh trong tổng kinh phí",
        period=Y24b),
    fig("bình quân 32,8%", "32,8", 32.8, "percent", "%", change=chg("increase", 1.9, "điểm phần trăm", "năm 2023"),
        subject="độ phủ san hô sống tại các điểm quan trắc", period=H24),
    fig("biển 14 cá thể", "14", 14, "count", "cá thể", subject="rùa biển được cứu hộ, thả về biển", period=IN_YEAR),
    fig("và 1 cá thể", "1", 1, "count", "cá thể", subject="cá heo mắc cạn được cứu hộ, thả về biển",
        period=IN_YEAR),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số vụ vi phạm", period=H25),
    fig("hồi 3.700 m2", "3.700", 3700, "measure", "m2", status="target", subject="diện tích san hô trồng phục hồi",
        period=H25),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", status="target",
        subject="lớp tập huấn kỹ năng cứu hộ sinh vật biển", period=H25),
    fig("khoảng 120 ngư dân", "120", 120, "count", "ngư dân", approx="about", status="target",
        subject="ngư dân được tập huấn", period=H25),
]

NOTES = [
    "Formal report (UBND huyện Lý Sơn, Số: 412/BC-UBND, 'Lý Sơn, ngày 18 tháng 12 năm 2024'): Khu bảo tồn biển Lý Sơn 2024.",
    "Distractors: 'Số: 412/BC-UBND', letterhead date, section numbers I./II./1.-3., 'thôn Đông, xã An Vĩnh', 'Lưu: VT, NN'.",
    "Everything is located in Lý Sơn (the district; the province is named only in 'Nơi nhận'). Reef names are no places: subject.",
    "Flattened '|' table, 'Đơn vị tính: m2': every numeric cell is a figure; subject = caption + row + column; 'Ước thực hiện 2024'",
    "→ estimate, 'Kế hoạch 2025' → target (periods from the headers, scored). 'So với cùng kỳ (%)' cells are percent figures",
    "(unit from the header), status actual (no cue in that header), period inherited from the 2024 column (not scored). No totals.",
    "'giảm 9 vụ so với năm 2023' is the change of 23 vụ. 'trong đó vốn tài trợ ... chiếm 40%': a share of a part, its own figure.",
    "'32,8%' sentence has no period of its own: inherits the section heading 2024. 'Trong năm' = 2024.",
    "Section II targets ('Phấn đấu' governs the whole ';' chain) inherit 2025 from the heading. 'giảm ít nhất 20% số vụ' is a",
    "rate that is the claim: percent, at_least, no change object.",
]

if __name__ == "__main__":
    write("p1341-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Lý Sơn")
