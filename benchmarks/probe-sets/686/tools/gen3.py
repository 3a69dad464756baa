from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông 9 tháng năm 2024

I. TÌNH HÌNH TAI NẠN GIAO THÔNG
Từ ngày 15/12/2023 đến ngày 14/9/2024, toàn tỉnh xảy ra 112 vụ tai nạn giao thông, làm chết 78 người, bị thương 69 người; so với cùng kỳ năm 2023 giảm 9 vụ, giảm 6 người chết, tăng 3 người bị thương.

II. KẾT QUẢ XỬ LÝ VI PHẠM NỒNG ĐỘ CỒN
Trong 9 tháng, lực lượng chức năng đã kiểm tra 52.410 lượt phương tiện, đạt 104,8% kế hoạch năm; phát hiện, xử lý 3.964 trường hợp vi phạm nồng độ cồn, tăng 35,2% so với cùng kỳ, chiếm 21,3% tổng số trường hợp vi phạm trật tự an toàn giao thông.

Bảng 1: Kết quả xử lý vi phạm nồng độ cồn 9 tháng năm 2024 theo địa bàn
Địa bàn | Số trường hợp | Tiền phạt (triệu đồng) | Tước GPLX (trường hợp)
TP. Hà Tĩnh | 612 | 2.845,5 | 590
TX. Hồng Lĩnh | 208 | 961 | 197
Huyện Cẩm Xuyên | 455 | 2.104 | 431
Huyện Thạch Hà | 389 | 1.822,5 | 376
Toàn tỉnh | 3.964 | 18.512 | 3.780

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024
Dự kiến trong quý IV/2024, Công an tỉnh bố trí 150 tổ công tác kiểm tra nồng độ cồn trên Quốc lộ 1 và Quốc lộ 8. Ước cả năm 2024, toàn tỉnh xử lý khoảng 5.200 trường hợp vi phạm nồng độ cồn. Phấn đấu đến năm 2025, kéo giảm từ 5 đến 10% số người chết do tai nạn giao thông so với năm 2020.

Nơi nhận:
- Bộ Công an;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

R = P("Từ ngày 15/12/2023 đến ngày 14/9/2024", "2023-12-15", "2024-09-14")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
T = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
SC = "Số trường hợp"
SM = "Tiền phạt"
SG = "Tước GPLX"


def row(label, loc, a, av, b, bv, c, cv, first):
    """Three cells of one table row; anchors take the row label so each is unique."""
    return [
        F(f"{label} | {a}", a, av, "count", "trường hợp", SC, T, location=loc),
        F(f"{label} | {a} | {b}", b, bv, "money", "đồng", SM, T, location=loc),
        F(f"| {b} | {c}", c, cv, "count", "trường hợp", SG, T, location=loc),
    ]


FIGS = [
    F("xảy ra 112 vụ", "112", 112, "count", "vụ", "vụ tai nạn giao thông", R,
      change=CH("decrease", 9, "vụ", "cùng kỳ năm 2023")),
    F("chết 78 người", "78", 78, "count", "người", "người chết do tai nạn giao thông", R,
      change=CH("decrease", 6, "người", "cùng kỳ năm 2023")),
    F("thương 69 người", "69", 69, "count", "người", "người bị thương do tai nạn giao thông", R,
      change=CH("increase", 3, "người", "cùng kỳ năm 2023")),
    F("kiểm tra 52.410 lượt", "52.410", 52410, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", M9,
      percent=104.8),
    F("xử lý 3.964 trường hợp", "3.964", 3964, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", M9,
      percent=21.3, change=CH("increase", 35.2, "%", "cùng kỳ")),
]
FIGS += row("TP. Hà Tĩnh", "TP. Hà Tĩnh", "612", 612, "2.845,5", 2845500000, "590", 590, True)
FIGS += row("TX. Hồng Lĩnh", "Hồng Lĩnh", "208", 208, "961", 961000000, "197", 197, False)
FIGS += row("Huyện Cẩm Xuyên", "Cẩm Xuyên", "455", 455, "2.104", 2104000000, "431", 431, False)
FIGS += row("Huyện Thạch Hà", "Thạch Hà", "389", 389, "1.822,5", 1822500000, "376", 376, False)
FIGS += row("Toàn tỉnh", "Hà Tĩnh", "3.964", 3964, "18.512", 18512000000, "3.780", 3780, False)
FIGS += [
    F("bố trí 150 tổ", "150", 150, "count", "tổ công tác", "tổ công tác kiểm tra nồng độ cồn",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("khoảng 5.200 trường hợp", "5.200", 5200, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn xử lý",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "kéo giảm số người chết do tai nạn giao thông",
      P("đến năm 2025", None, "2025-12-31"), value_max=10, status="target"),
]

COMMENTS = [
    "p686-3 — formal report under a letterhead: UBND tỉnh Hà Tĩnh, 'Số: 356/BC-UBND', 'Hà Tĩnh, ngày 14 tháng 10 năm 2024'; flattened '|' table.",
    "Distractors: document number, 'Bảng 1', section numerals I./II./III., 'Quốc lộ 1', 'Quốc lộ 8', 'Lưu: VT, NC1', 'so với năm 2020' (baseline).",
    "Reporting period 'Từ ngày 15/12/2023 đến ngày 14/9/2024' -> start/end of that range for the accident counts; their changes follow in order.",
    "'Trong 9 tháng' takes 2024 from the nearest earlier date. 52.410 carries 'đạt 104,8% kế hoạch năm' as its percent (share of plan);",
    "3.964 carries 'tăng 35,2%' (change) and 'chiếm 21,3%' (percent). Table: every numeric cell is a figure; unit from the column headers",
    "('(triệu đồng)' -> ×10^6 đồng, 'Tước GPLX (trường hợp)'); row labels are places -> location; the period comes from the title line above",
    "the table (inherited, not scored). District rows get no total (they are four of many districts). 'Toàn tỉnh' row -> Hà Tĩnh.",
    "Table subject = the column label (the row label is a place -> location), per FIGURES.md Tables.",
    "revised: table-cell subjects were column label + table title ('tiền phạt vi phạm nồng độ cồn'); the spec names row and column label only.",
    "'Dự kiến' -> forecast; 'Ước cả năm 2024' -> estimate; 'Phấn đấu đến năm 2025' -> target (null start, end 2025-12-31).",
]

if __name__ == "__main__":
    emit("p686-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hà Tĩnh")
