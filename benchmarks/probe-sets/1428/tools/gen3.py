"""p1428-3: formal report (UBND tỉnh Ninh Thuận, Số: 287/BC-UBND): sea grapes 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển nuôi trồng, chế biến rong nho năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích nuôi trồng rong nho toàn tỉnh ước đạt 54 ha, tăng 6 ha so với năm 2023; sản lượng ước đạt 1.120 tấn, tăng 10,3%, vượt 4,7% kế hoạch.

Bảng 1. Sản lượng rong nho theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Huyện Ninh Hải | 712 | 795 | 850 | 111,7
Huyện Thuận Nam | 214 | 236 | 260 | 110,3
Huyện Ninh Phước | 89 | 89 | 100 | 100,0
Tổng cộng | 1.015 | 1.120 | 1.210 | 110,3

2. Chế biến, tiêu thụ
Toàn tỉnh có 7 cơ sở chế biến rong nho tách nước, tổng công suất khoảng 450 tấn/năm; trong năm đã chế biến 182 tấn, xuất khẩu 64 tấn sang Nhật Bản và Hàn Quốc. Giá rong nho tươi bình quân năm 2024 đạt 27.000 đồng/kg, thấp hơn 15% so với năm 2023.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng rong nho đạt 1.210 tấn; phát triển thêm từ 5 đến 7 ha ao nuôi tại huyện Thuận Nam; hỗ trợ ít nhất 2 cơ sở đạt chuẩn OCOP 3 sao.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
    "so với cùng kỳ": (None, None),
}
ROWS = [  # label, location, cells as (anchor, number)
    ("Huyện Ninh Hải", "Ninh Hải",
     [("Hải | 712", "712"), ("712 | 795", "795"), ("795 | 850", "850"), ("850 | 111,7", "111,7")]),
    ("Huyện Thuận Nam", "Thuận Nam",
     [("Nam | 214", "214"), ("214 | 236", "236"), ("236 | 260", "260"), ("260 | 110,3", "110,3")]),
    ("Huyện Ninh Phước", "Ninh Phước",
     [("Phước | 89", "89"), ("89 | 100 |", "89"), ("| 100 | 100,0", "100"), ("100 | 100,0", "100,0")]),
    ("Tổng cộng", "Ninh Thuận",
     [("cộng | 1.015", "1.015"), ("1.015 | 1.120", "1.120"), ("1.120 | 1.210", "1.210"),
      ("1.210 | 110,3", "110,3")]),
]


def cells():
    out = []
    for label, loc, row in ROWS:
        for col, (anchor, number) in zip(COLS, row):
            period, status = COLS[col]
            v = float(number.replace(".", "").replace(",", "."))
            kw = {"location": loc}
            if status:
                kw["status"] = status
            if col == "so với cùng kỳ":
                subj = "sản lượng rong nho so với cùng kỳ"
                if label == "Tổng cộng":
                    subj = "tổng cộng sản lượng rong nho so với cùng kỳ"
                out.append(fig(anchor, number, v, "percent", "%", subject=subj, **kw))
            else:
                subj = f"sản lượng rong nho {col}"
                if label == "Tổng cộng":
                    subj = f"tổng cộng sản lượng rong nho {col}"
                out.append(fig(anchor, number, v, "measure", "tấn", subject=subj, period=period, **kw))
    return out


FIGS = [
    fig("ước đạt 54 ha", "54", 54, "measure", "ha", status="estimate",
        change=chg("increase", 6, "ha", "năm 2023"), subject="diện tích nuôi trồng rong nho toàn tỉnh", period=Y24),
    fig("ước đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", status="estimate",
        change=chg("increase", 10.3, "%"), subject="sản lượng rong nho toàn tỉnh", period=Y24),
    fig("vượt 4,7%", "4,7", 4.7, "percent", "%", status="estimate",
        subject="sản lượng rong nho vượt kế hoạch", period=Y24, optional=True),
] + cells() + [
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở chế biến rong nho tách nước"),
    fig("khoảng 450 tấn/năm", "450", 450, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các cơ sở chế biến rong nho tách nước"),
    fig("chế biến 182 tấn", "182", 182, "measure", "tấn", subject="rong nho đã chế biến", period=IN_YEAR),
    fig("xuất khẩu 64 tấn", "64", 64, "measure", "tấn", subject="rong nho tách nước xuất khẩu", period=IN_YEAR),
    fig("đạt 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg",
        change=chg("decrease", 15, "%", "năm 2023"), subject="giá rong nho tươi bình quân", period=Y24b),
    fig("đạt 1.210 tấn", "1.210", 1210, "measure", "tấn", status="target",
        subject="sản lượng rong nho", period=Y25),
    fig("từ 5 đến 7 ha", "5", 5, "measure", "ha", value_max=7, status="target",
        subject="diện tích ao nuôi phát triển thêm", period=Y25, location="Thuận Nam"),
    fig("ít nhất 2 cơ sở", "2", 2, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đạt chuẩn OCOP", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'Số: 287/BC-UBND', 'Ninh Thuận, ngày 16 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, 'Bảng 1', section numbers, 'OCOP 3 sao', '(b/c)'.",
    "'tăng 10,3%, vượt 4,7% kế hoạch': the first change is the attribute; the gap to plan is a second change,",
    "so a percent figure of its own, optional by the spec. The ';' clauses continue 'Năm 2024 ... ước đạt' (estimate).",
    "Flattened '|' table, 'Đơn vị tính: tấn': district rows go to location (Tổng cộng row: Ninh Thuận); period and status from",
    "the column headers; 'So với cùng kỳ (%)' cells are percent figures with no period (the header states none) and status actual.",
    "Table cells get no total. 'trong năm' in a yearly report = 2024. 'Phấn đấu năm 2025' governs the three ';' clauses (target).",
]

if __name__ == "__main__":
    write("p1428-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Ninh Thuận")
