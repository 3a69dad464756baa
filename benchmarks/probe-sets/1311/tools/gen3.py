"""p1311-3: formal report (UBND tỉnh Bình Thuận, Số: 112/BC-UBND): households short of water by district, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 28 tháng 5 năm 2024

BÁO CÁO
Kết quả triển khai các giải pháp cấp nước sinh hoạt phòng, chống hạn năm 2024

I. TÌNH HÌNH THIẾU NƯỚC
Do lượng mưa năm 2023 thấp hơn trung bình nhiều năm khoảng 25%, từ đầu năm 2024 đến ngày 20/5/2024 toàn tỉnh có 3.618 hộ thiếu nước sinh hoạt, giảm 18,4% so với cùng kỳ năm 2023. Số hộ thiếu nước tập trung ở các huyện ven biển, cụ thể như sau:

Đơn vị tính: hộ
Huyện | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Tuy Phong | 1.520 | 1.204 | 79,2
Bắc Bình | 1.388 | 1.096 | 79,0
Hàm Thuận Nam | 874 | 782 | 89,5
Hàm Tân | 652 | 536 | 82,2
Tổng cộng | 4.434 | 3.618 | 81,6

II. KẾT QUẢ THỰC HIỆN
1. Từ đầu năm đến nay, các địa phương đã khoan mới 72 giếng, bằng 80% kế hoạch, sửa chữa 19 công trình cấp nước tập trung với tổng kinh phí 6,85 tỷ đồng, trong đó ngân sách tỉnh 4,1 tỷ đồng, ngân sách huyện 2,75 tỷ đồng.
2. Công ty Cổ phần Cấp thoát nước Bình Thuận đã tổ chức chở nước miễn phí cho người dân 1.360 chuyến, tương đương khoảng 6.800 m3.

III. NHIỆM VỤ THỜI GIAN TỚI
Dự kiến đến hết tháng 6/2024 còn khoảng 1.100 hộ tiếp tục thiếu nước. Trong quý III/2024, tỉnh phấn đấu khoan bổ sung 25 giếng tại huyện Tuy Phong với kinh phí 2 tỷ đồng từ nguồn dự phòng ngân sách, bảo đảm mỗi giếng cấp nước cho ít nhất 15 hộ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23r = per("năm 2023", "2023-01-01", "2023-12-31")
SPAN = per("từ đầu năm 2024 đến ngày 20/5/2024", "2024-01-01", "2024-05-20")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-28")
JUN = per("đến hết tháng 6/2024", None, "2024-06-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
IND = "số hộ thiếu nước sinh hoạt"


def cell(anchor, number, place, col):
    loc = None if place is None else place
    kw = {"location": loc} if loc else {}
    if col == "cmp":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"{IND} so với cùng kỳ" + (" tổng cộng" if place is None else ""), **kw)
    v = float(number.replace(".", ""))
    p = Y23 if col == "2023" else Y24
    return fig(anchor, number, v, "count", "hộ",
               subject=f"{IND} năm {col}" + (" tổng cộng" if place is None else ""), period=p, **kw)


ROWS = [("Tuy Phong", "Tuy Phong", ["1.520", "1.204", "79,2"]),
        ("Bắc Bình", "Bắc Bình", ["1.388", "1.096", "79,0"]),
        ("Hàm Thuận Nam", "Hàm Thuận Nam", ["874", "782", "89,5"]),
        ("Hàm Tân", "Hàm Tân", ["652", "536", "82,2"]),
        ("Tổng cộng", None, ["4.434", "3.618", "81,6"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(["2023", "2024", "cmp"], nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="lượng mưa thấp hơn trung bình nhiều năm", period=Y23r),
    fig("có 3.618 hộ", "3.618", 3618, "count", "hộ", change=chg("decrease", 18.4, "%", "cùng kỳ năm 2023"),
        subject="hộ thiếu nước sinh hoạt", period=SPAN),
] + CELLS + [
    fig("khoan mới 72 giếng", "72", 72, "count", "giếng", percent=80, subject="giếng khoan mới", period=YTD),
    fig("sửa chữa 19 công trình", "19", 19, "count", "công trình",
        subject="công trình cấp nước tập trung sửa chữa", period=YTD),
    fig("kinh phí 6,85 tỷ", "6,85", 6.85e9, "money", "đồng", subject="tổng kinh phí khoan giếng, sửa chữa công trình",
        period=YTD),
    fig("tỉnh 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", total=6.85e9, subject="kinh phí từ ngân sách tỉnh", period=YTD),
    fig("huyện 2,75 tỷ", "2,75", 2.75e9, "money", "đồng", total=6.85e9, subject="kinh phí từ ngân sách huyện",
        period=YTD),
    fig("dân 1.360 chuyến", "1.360", 1360, "count", "chuyến", subject="chuyến chở nước miễn phí cho người dân",
        period=inh(YTD)),
    fig("khoảng 6.800 m3", "6.800", 6800, "measure", "m3", approx="about", subject="nước chở miễn phí cho người dân",
        period=inh(YTD)),
    fig("khoảng 1.100 hộ", "1.100", 1100, "count", "hộ", approx="about", status="forecast",
        subject="hộ tiếp tục thiếu nước", period=JUN),
    fig("bổ sung 25 giếng", "25", 25, "count", "giếng", status="target", subject="giếng khoan bổ sung", period=Q3,
        location="Tuy Phong"),
    fig("kinh phí 2 tỷ", "2", 2e9, "money", "đồng", status="target", subject="kinh phí khoan bổ sung giếng",
        period=Q3, location="Tuy Phong"),
    fig("ít nhất 15 hộ", "15", 15, "count", "hộ", approx="at_least", status="target",
        subject="hộ mỗi giếng cấp nước", period=Q3, location="Tuy Phong"),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH THUẬN', 'Số: 112/BC-UBND', 'Bình Thuận, ngày 28 tháng 5 năm 2024' (published), I-III, 'Nơi nhận'.",
    "Distractors: Số: 112/BC-UBND, letterhead date, 'ngày 20/5/2024', section numbers I.-III., 1.-2., 'Lưu: VT, KT'.",
    "'lượng mưa năm 2023 thấp hơn trung bình nhiều năm khoảng 25%' is itself the claim: a percent figure, no change.",
    "Flattened '|' table, 'Đơn vị tính: hộ'; rows are districts → location; subject = indicator + column label; period from the",
    "'Năm 2023'/'Năm 2024' headers (scored). 'So với cùng kỳ (%)' column: percent cells (header unit wins over 'Đơn vị tính'), no period.",
    "'Tổng cộng' row: location Bình Thuận. Cells get no total.",
    "'bằng 80% kế hoạch' is the share of the 72 wells. 'trong đó ngân sách tỉnh ..., ngân sách huyện ...' take total 6,85 tỷ.",
    "'tương đương khoảng 6.800 m3' is a volume, not a share: a measure figure of its own. Item 2 inherits 'Từ đầu năm đến nay'.",
    "Section III: 'Dự kiến' → forecast with as-of 'đến hết tháng 6/2024'; 'phấn đấu' governs the rest of its sentence (target),",
    "incl. 'bảo đảm ... ít nhất 15 hộ' (at_least); Tuy Phong is their location.",
]

if __name__ == "__main__":
    write("p1311-3", TEXT, NOTES, FIGS, published="2024-05-28", location="Bình Thuận")
