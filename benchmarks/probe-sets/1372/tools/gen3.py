"""p1372-3: formal report (UBND tỉnh Hưng Yên, Số: 215/BC-UBND): students on e-bikes, first half 2024, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 25 tháng 6 năm 2024

BÁO CÁO
Kết quả bảo đảm trật tự an toàn giao thông đối với học sinh sử dụng xe máy điện, xe đạp điện 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền
Các cơ sở giáo dục đã tổ chức 1.150 buổi tuyên truyền, bằng 104,5% kế hoạch; 98.600 học sinh THCS, THPT ký cam kết không vi phạm khi điều khiển xe điện.

2. Xử lý vi phạm
Từ ngày 01/01/2024 đến ngày 20/6/2024, lực lượng Công an đã xử lý 1.286 trường hợp học sinh vi phạm, giảm 1,5% so với cùng kỳ; tạm giữ 214 phương tiện, trong đó 173 xe máy điện. Trong 6 tháng đầu năm, trên địa bàn tỉnh xảy ra 6 vụ tai nạn giao thông liên quan đến học sinh điều khiển xe điện, giảm 3 vụ so với cùng kỳ năm 2023, làm 2 người chết và 7 người bị thương.

3. Số trường hợp vi phạm bị xử lý theo địa phương
Đơn vị tính: trường hợp
STT | Địa phương | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
1 | TP Hưng Yên | 412 | 356 | 86,4
2 | Thị xã Mỹ Hào | 298 | 341 | 114,4
3 | Huyện Văn Lâm | 265 | 287 | 108,3
4 | Huyện Khoái Châu | 331 | 302 | 91,2
Tổng cộng | | 1.306 | 1.286 | 98,5

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giảm từ 5-10% số học sinh vi phạm so với 6 tháng đầu năm; 100% trường THPT bố trí khu vực để, sạc xe điện bảo đảm an toàn phòng cháy, chữa cháy.

Nơi nhận:
- Bộ Công an (C08);
- Sở GD&ĐT, Công an tỉnh;
- Lưu: VT, KGVX.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO20 = per("Từ ngày 01/01/2024 đến ngày 20/6/2024", "2024-01-01", "2024-06-20")
H1s = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
IND = "số trường hợp vi phạm bị xử lý"

ROWS = [("TP Hưng Yên", "Hưng Yên", ["412", "356", "86,4"]),
        ("Thị xã Mỹ Hào", "Mỹ Hào", ["298", "341", "114,4"]),
        ("Huyện Văn Lâm", "Văn Lâm", ["265", "287", "108,3"]),
        ("Huyện Khoái Châu", "Khoái Châu", ["331", "302", "91,2"]),
        ("Tổng cộng |", "Hưng Yên", ["1.306", "1.286", "98,5"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for i, n in enumerate(nums):
            a = f"{prev} | {n}"
            v = float(n.replace(".", "").replace(",", "."))
            if i == 0:
                out.append(fig(a, n, v, "count", "trường hợp", subject=f"{IND} 6 tháng 2023", period=C23,
                               location=place))
            elif i == 1:
                out.append(fig(a, n, v, "count", "trường hợp", subject=f"{IND} 6 tháng 2024", period=C24,
                               location=place))
            else:
                out.append(fig(a, n, v, "percent", "%", subject=f"{IND} so với cùng kỳ", period=inh(C24),
                               location=place))
            prev = n
    return out


FIGS = [
    fig("chức 1.150 buổi", "1.150", 1150, "count", "buổi", percent=104.5,
        subject="buổi tuyên truyền các cơ sở giáo dục tổ chức", period=inh(H1)),
    fig("98.600 học sinh", "98.600", 98600, "count", "học sinh",
        subject="học sinh THCS, THPT ký cam kết không vi phạm khi điều khiển xe điện", period=inh(H1)),
    fig("xử lý 1.286 trường hợp", "1.286", 1286, "count", "trường hợp",
        change=chg("decrease", 1.5, "%", "cùng kỳ"), subject="trường hợp học sinh vi phạm bị xử lý", period=TO20),
    fig("giữ 214 phương tiện", "214", 214, "count", "phương tiện", subject="phương tiện bị tạm giữ", period=TO20),
    fig("173 xe máy điện", "173", 173, "count", "xe máy điện", total=214,
        subject="xe máy điện bị tạm giữ", period=TO20),
    fig("ra 6 vụ", "6", 6, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông liên quan đến học sinh điều khiển xe điện", period=H1s),
    fig("làm 2 người", "2", 2, "count", "người", subject="người chết", period=H1s),
    fig("và 7 người", "7", 7, "count", "người", subject="người bị thương", period=H1s),
] + cells() + [
    fig("từ 5-10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="giảm số học sinh vi phạm so với 6 tháng đầu năm", period=H2),
    fig("; 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường THPT bố trí khu vực để, sạc xe điện bảo đảm an toàn phòng cháy, chữa cháy", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 215/BC-UBND', 'Hưng Yên, ngày 25 tháng 6 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, table row numbers 1-4 (STT), 'C08' (a unit's code), '01/01/2024', '20/6/2024'.",
    "Flattened '|' table with 'Đơn vị tính: trường hợp' and a place column: the place goes to location (TP Hưng Yên → Hưng Yên), the subject",
    "is the caption's indicator + column label; periods from '6 tháng 2023' / '6 tháng 2024' (scored). 'So với cùng kỳ (%)' cells are",
    "percent figures; their header gives no period, so the report's '6 tháng 2024' is put as inherited (not scored). Cells get no total.",
    "1.150 buổi and 98.600 học sinh: the period stands only in the report title (inherited). 'bằng 104,5% kế hoạch' is the percent of 1.150.",
    "173 xe máy điện after 'trong đó' is part of the 214 vehicles (total). 'giảm 3 vụ ...' attaches to 6 vụ (same unit), before the casualties.",
    "Section II (6 tháng cuối năm 2024, a heading: inherited): 'Phấn đấu' governs both clauses; 'giảm từ 5-10%' is a rate as the claim.",
]

if __name__ == "__main__":
    write("p1372-3", TEXT, NOTES, FIGS, published="2024-06-25", location="Hưng Yên")
