"""p1138-3: formal report (UBND tỉnh Hà Nam), thiết chế văn hóa, thể thao cơ sở 9 tháng 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ NAM
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 20 tháng 10 năm 2023

BÁO CÁO
Kết quả xây dựng thiết chế văn hóa, thể thao cơ sở 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư xây dựng
9 tháng năm 2023, toàn tỉnh xây mới, cải tạo 102 công trình văn hóa, thể thao cơ sở, đạt 82,3% kế hoạch năm, trong đó 64 nhà văn hóa thôn, tổ dân phố và 38 sân thể thao. Tổng vốn đầu tư ước đạt 118,6 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2022.

2. Kết quả theo địa phương
Đơn vị tính: công trình
Địa phương | Nhà văn hóa | Sân thể thao | Vốn đầu tư (tỷ đồng)
TP Phủ Lý | 12 | 8 | 24,5
Thị xã Duy Tiên | 11 | 7 | 21,3
Huyện Kim Bảng | 10 | 6 | 18,2
Huyện Thanh Liêm | 9 | 5 | 15,6
Huyện Bình Lục | 11 | 6 | 19,8
Huyện Lý Nhân | 11 | 6 | 19,2
Tổng cộng | 64 | 38 | 118,6

3. Phong trào thể dục thể thao
Toàn tỉnh hiện có 486 câu lạc bộ thể dục thể thao cơ sở với khoảng 15.800 hội viên. Trong 9 tháng, các xã, phường, thị trấn tổ chức 312 giải thể thao, thu hút trên 21.000 lượt vận động viên. Tỷ lệ gia đình thể thao đạt 26,4%.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu hoàn thành 22 công trình còn lại, nâng tổng số công trình hoàn thành cả năm lên 124 công trình; tổ chức Đại hội Thể dục thể thao tỉnh lần thứ IX.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Hòa
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)
YEAR = P("cả năm", "2023-01-01", "2023-12-31")

ROWS = [("TP Phủ Lý", "Phủ Lý", ["12", "8", "24,5"]),
        ("Thị xã Duy Tiên", "Duy Tiên", ["11", "7", "21,3"]),
        ("Huyện Kim Bảng", "Kim Bảng", ["10", "6", "18,2"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["9", "5", "15,6"]),
        ("Huyện Bình Lục", "Bình Lục", ["11", "6", "19,8"]),
        ("Huyện Lý Nhân", "Lý Nhân", ["11", "6", "19,2"]),
        ("Tổng cộng", "Hà Nam", ["64", "38", "118,6"])]
COLS = ["Nhà văn hóa", "Sân thể thao", "Vốn đầu tư"]


def table():
    out = []
    for label, place, cells in ROWS:
        for k, num in enumerate(cells):
            short = label.replace("Thị xã ", "").replace("Huyện ", "")
            anchor = short + " | " + " | ".join(cells[:k + 1])
            col = COLS[k]
            subj = col if label != "Tổng cộng" else f"{col} tổng cộng"
            if k < 2:
                out.append(F(anchor, num, float(num), "count", "công trình", subject=subj,
                             period=I(N9), location=place))
            else:
                v = float(num.replace(",", ".")) * 1e9
                out.append(F(anchor, num, v, "money", "đồng", subject=subj, period=I(N9), location=place))
    return out


FIGS = [
    F("cải tạo 102 công trình", "102", 102, "count", "công trình", percent=82.3,
      subject="công trình văn hóa, thể thao cơ sở xây mới, cải tạo", period=N9),
    F("trong đó 64 nhà", "64", 64, "count", "nhà văn hóa thôn, tổ dân phố", total=102,
      subject="nhà văn hóa thôn, tổ dân phố xây mới, cải tạo", period=N9),
    F("và 38 sân", "38", 38, "count", "sân thể thao", total=102,
      subject="sân thể thao xây mới, cải tạo", period=N9),
    F("ước đạt 118,6 tỷ", "118,6", 118.6e9, "money", "đồng", status="estimate",
      change=C("increase", 14.2, "%", "cùng kỳ năm 2022"), subject="tổng vốn đầu tư", period=I(N9)),
] + table() + [
    F("có 486 câu lạc bộ", "486", 486, "count", "câu lạc bộ", subject="câu lạc bộ thể dục thể thao cơ sở"),
    F("khoảng 15.800 hội viên", "15.800", 15800, "count", "hội viên", approx="about",
      subject="hội viên câu lạc bộ thể dục thể thao cơ sở"),
    F("tổ chức 312 giải", "312", 312, "count", "giải thể thao",
      subject="giải thể thao các xã, phường, thị trấn tổ chức", period=T9),
    F("trên 21.000 lượt", "21.000", 21000, "count", "lượt vận động viên", approx="over",
      subject="lượt vận động viên tham gia giải thể thao", period=T9),
    F("đạt 26,4%", "26,4", 26.4, "percent", "%", subject="tỷ lệ gia đình thể thao", period=I(T9)),
    F("hoàn thành 22 công trình", "22", 22, "count", "công trình", status="target",
      subject="công trình còn lại hoàn thành", period=Q4),
    F("lên 124 công trình", "124", 124, "count", "công trình", status="target",
      subject="tổng số công trình hoàn thành cả năm", period=YEAR),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH HÀ NAM', 'Số: 186/BC-UBND', 'Hà Nam, ngày 20 tháng 10 năm 2023' (published); sections I/II, 1-3; 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: công trình', the last column's header '(tỷ đồng)' makes its cells money ×10^9.",
    "Row labels are districts → location; cell subject = column label (the 'Tổng cộng' row: column + 'tổng cộng', location Hà Nam).",
    "Table periods are inherited from the title '9 tháng năm 2023'. Cells get no totals; the 'Tổng cộng' row is its own figures.",
    "'đạt 82,3% kế hoạch năm' → percent of 102. 64 and 38 follow 'trong đó' after 102 công trình → total 102.",
    "Section II heading 'NHIỆM VỤ QUÝ IV/2023' gives 22 công trình its period (inherited); 'cả năm' gives 124 the year 2023.",
    "Distractors: 'Số: 186/BC-UBND', 'lần thứ IX', section numbers, '(b/c)'.",
]

if __name__ == "__main__":
    write("p1138-3", TEXT, NOTES, FIGS, published="2023-10-20", location="Hà Nam")
