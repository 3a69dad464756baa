"""p1267-4: formal report (UBND tỉnh Vĩnh Phúc, Số: 27/BC-UBND): soilless vegetables 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển sản xuất rau thủy canh, rau trồng trên giá thể năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích rau thủy canh, trồng trên giá thể toàn tỉnh đạt 12 ha, tăng 26,3% so với năm 2023, bằng 104,3% kế hoạch; sản lượng đạt 842 tấn, vượt 5,2% kế hoạch; giá trị sản xuất 27,5 tỷ đồng, bình quân 2,29 tỷ đồng/ha.

Diện tích theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
TP Vĩnh Yên | 3,2 | 4,1 | 128,1 | 4,5
Huyện Bình Xuyên | 2,8 | 3,5 | 125,0 | 4,0
Huyện Tam Dương | 1,6 | 2,4 | 150,0 | 3,0
Huyện Vĩnh Tường | 1,9 | 2,0 | 105,3 | 2,5
Tổng cộng | 9,5 | 12,0 | 126,3 | 14,0

2. Hỗ trợ sản xuất
Ngân sách tỉnh hỗ trợ 2,35 tỷ đồng cho 9 mô hình theo Nghị quyết số 05/2021/NQ-HĐND; 7/9 cơ sở được cấp giấy chứng nhận VietGAP. Các mô hình sử dụng 64 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu diện tích đạt 14 ha, sản lượng trên 1.000 tấn; xây dựng ít nhất 2 chuỗi liên kết tiêu thụ rau an toàn.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN3.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CMP = inh(per("năm 2024", "2024-01-01", "2024-12-31"))   # 'So với cùng kỳ (%)': 2024 against 2023, no period in its header
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch năm 2025"]
PER = {"Năm 2023": Y23, "Năm 2024": Y24, "So với cùng kỳ (%)": CMP, "Kế hoạch năm 2025": K25}
ROWS = [("TP Vĩnh Yên", "Vĩnh Yên", ["3,2", "4,1", "128,1", "4,5"]),
        ("Huyện Bình Xuyên", "Bình Xuyên", ["2,8", "3,5", "125,0", "4,0"]),
        ("Huyện Tam Dương", "Tam Dương", ["1,6", "2,4", "150,0", "3,0"]),
        ("Huyện Vĩnh Tường", "Vĩnh Tường", ["1,9", "2,0", "105,3", "2,5"]),
        ("Tổng cộng", None, ["9,5", "12,0", "126,3", "14,0"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            v = float(n.replace(",", "."))
            head = "tổng cộng diện tích" if place is None else "diện tích"
            kw = {}
            if place:
                kw["location"] = place
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            if col.startswith("So với"):
                f = fig(f"{prev} | {n}", n, v, "percent", "%", subject=f"{head} so với cùng kỳ",
                        period=PER[col], **kw)
            else:
                f = fig(f"{prev} | {n}", n, v, "measure", "ha", subject=f"{head} {col.lower()}",
                        period=PER[col], **kw)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("đạt 12 ha", "12", 12, "measure", "ha", percent=104.3,
        change=chg("increase", 26.3, "%", "năm 2023"),
        subject="diện tích rau thủy canh, trồng trên giá thể", period=Y24),
    fig("đạt 842 tấn", "842", 842, "measure", "tấn", change=chg("increase", 5.2, "%", "kế hoạch"),
        subject="sản lượng rau thủy canh, trồng trên giá thể", period=Y24),
    fig("xuất 27,5 tỷ", "27,5", 27.5e9, "money", "đồng", subject="giá trị sản xuất", period=Y24),
    fig("bình quân 2,29 tỷ", "2,29", 2.29e9, "money", "đồng/ha", subject="giá trị sản xuất bình quân",
        period=Y24),
] + cells() + [
    fig("hỗ trợ 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", subject="kinh phí ngân sách tỉnh hỗ trợ",
        period=inh(Y24)),
    fig("cho 9 mô hình", "9", 9, "count", "mô hình", subject="mô hình được ngân sách tỉnh hỗ trợ",
        period=inh(Y24)),
    fig("7/9 cơ sở", "7", 7, "count", "cơ sở", total=9,
        subject="cơ sở được cấp giấy chứng nhận VietGAP", period=inh(Y24)),
    fig("sử dụng 64 lao động", "64", 64, "count", "lao động", subject="lao động các mô hình sử dụng"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("đạt 14 ha", "14", 14, "measure", "ha", status="target", subject="diện tích", period=Y25),
    fig("trên 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="over", status="target",
        subject="sản lượng", period=Y25),
    fig("ít nhất 2 chuỗi", "2", 2, "count", "chuỗi", approx="at_least", status="target",
        subject="chuỗi liên kết tiêu thụ rau an toàn", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 27/BC-UBND', 'Vĩnh Phúc, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "12 ha carries a change (tăng 26,3% so với năm 2023) and a share of plan (bằng 104,3% kế hoạch → percent). 'vượt 5,2% kế hoạch' → change, baseline kế hoạch.",
    "Flattened '|' table, 'Đơn vị tính: ha'; the row label is a place → location, subject = caption indicator + column label;",
    "period from the column header (scored); 'Kế hoạch năm 2025' → target. 'So với cùng kỳ (%)' cells are percent figures; their header",
    "gives no period (inherited 2024, not scored) and no status cue (actual). 'Tổng cộng' row: location Vĩnh Phúc. Cells get no total.",
    "'7/9 cơ sở' → total 9 (the 9 is an attribute, not a figure). Section 2 figures inherit 'năm 2024' from the headings (not scored);",
    "64 lao động and the wage are standing facts, no period. Section II sentence states 'Năm 2025' + 'phấn đấu' → target for all three.",
    "Distractors: Số: 27/BC-UBND, letterhead date, I./II./1./2., Nghị quyết số 05/2021/NQ-HĐND, 'Lưu: VT, NN3'.",
]

if __name__ == "__main__":
    write("p1267-4", TEXT, NOTES, FIGS, published="2025-01-16", location="Vĩnh Phúc")
