"""p1204-3: formal report (UBND tỉnh Kiên Giang), maritime signals and safety 2024, flattened | table by place."""
from lib import chg, emit, fig, inh, per

TEXT = """UBND TỈNH KIÊN GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 20 tháng 12 năm 2024

BÁO CÁO
Công tác quản lý báo hiệu và bảo đảm an toàn hàng hải trên vùng biển tỉnh năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống báo hiệu hàng hải
Tính đến ngày 30/11/2024, trên vùng biển tỉnh có 150 báo hiệu hàng hải đang hoạt động, tăng 8 báo hiệu so với cuối năm 2023, gồm 9 đèn biển, 104 phao báo hiệu và 37 đăng tiêu. Phân bố theo địa bàn như sau:
Đơn vị tính: báo hiệu
Địa bàn | Đèn biển | Phao báo hiệu | Đăng tiêu
Thành phố Rạch Giá | 1 | 15 | 6
Huyện Kiên Hải | 3 | 18 | 9
Thành phố Phú Quốc | 4 | 46 | 12
Thành phố Hà Tiên | 1 | 25 | 10
Tổng cộng | 9 | 104 | 37

2. Công tác bảo đảm an toàn hàng hải
Năm 2024, lực lượng chức năng tổ chức 1.260 lượt tuần tra, kiểm soát; phát hiện, xử lý 38 vụ vi phạm, phạt tiền 642 triệu đồng, trong đó 12 vụ neo buộc phương tiện vào phao báo hiệu. Trên vùng biển tỉnh xảy ra 3 vụ tai nạn hàng hải, giảm 2 vụ so với năm 2023, không có thiệt hại về người.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu duy trì tỷ lệ báo hiệu hoạt động ổn định trên 99,5% và bổ sung 12 phao báo hiệu cho luồng An Thới; dự kiến kinh phí khoảng 8 tỷ đồng.

Nơi nhận:
- Bộ Giao thông vận tải;
- Cục Hàng hải Việt Nam;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = {"Thành phố Rạch Giá": "Rạch Giá", "Huyện Kiên Hải": "Kiên Hải",
        "Thành phố Phú Quốc": "Phú Quốc", "Thành phố Hà Tiên": "Hà Tiên", "Tổng cộng": None}
COLS = ["Đèn biển", "Phao báo hiệu", "Đăng tiêu"]
TABLE = [("Thành phố Rạch Giá", ["1", "15", "6"]), ("Huyện Kiên Hải", ["3", "18", "9"]),
         ("Thành phố Phú Quốc", ["4", "46", "12"]), ("Thành phố Hà Tiên", ["1", "25", "10"]),
         ("Tổng cộng", ["9", "104", "37"])]


def cells():
    out = []
    for row, vals in TABLE:
        prev = row
        for col, v in zip(COLS, vals):
            anchor = f"{prev} | {v}"
            place = ROWS[row]
            subject = col.lower() if place else f"tổng cộng {col.lower()}"
            kw = {"location": place} if place else {}
            out.append(fig(anchor, v, int(v), "count", "báo hiệu", subject=subject, period=inh(ASOF), **kw))
            prev = v
    return out


FIGS = [
    fig("có 150 báo hiệu", "150", 150, "count", "báo hiệu",
        change=chg("increase", 8, "báo hiệu", "cuối năm 2023"),
        subject="báo hiệu hàng hải đang hoạt động trên vùng biển tỉnh", period=ASOF),
    fig("gồm 9 đèn biển", "9", 9, "count", "đèn biển", total=150, subject="đèn biển", period=ASOF),
    fig("104 phao báo hiệu và", "104", 104, "count", "phao báo hiệu", total=150,
        subject="phao báo hiệu", period=ASOF),
    fig("37 đăng tiêu.", "37", 37, "count", "đăng tiêu", total=150, subject="đăng tiêu", period=ASOF),
    *cells(),
    fig("tổ chức 1.260 lượt", "1.260", 1260, "count", "lượt", subject="lượt tuần tra, kiểm soát", period=Y24),
    fig("xử lý 38 vụ", "38", 38, "count", "vụ vi phạm", subject="vụ vi phạm được phát hiện, xử lý", period=Y24),
    fig("phạt tiền 642 triệu đồng", "642", 642e6, "money", "đồng", subject="tiền phạt vi phạm", period=Y24),
    fig("trong đó 12 vụ", "12", 12, "count", "vụ", total=38,
        subject="vụ neo buộc phương tiện vào phao báo hiệu", period=Y24),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ tai nạn hàng hải",
        change=chg("decrease", 2, "vụ", "năm 2023"), subject="vụ tai nạn hàng hải", period=inh(Y24)),
    fig("trên 99,5%", "99,5", 99.5, "percent", "%", approx="over", status="target",
        subject="tỷ lệ báo hiệu hoạt động ổn định", period=Y25),
    fig("bổ sung 12 phao", "12", 12, "count", "phao báo hiệu", status="target",
        subject="phao báo hiệu bổ sung cho luồng An Thới", period=Y25),
    fig("khoảng 8 tỷ đồng", "8", 8e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí bổ sung phao báo hiệu", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH KIÊN GIANG', 'Số: 412/BC-UBND', 'Kiên Giang, ngày 20 tháng 12 năm 2024' (published), sections I/II, 1/2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: báo hiệu'; rows are places: they go to location, the subject is the column label;",
    "the 'Tổng cộng' row is Kiên Giang. Table period: the as-of date of the sentence before the table (inherited). Cells get no totals.",
    "150 = 9 + 104 + 37 ('gồm'). '12 vụ neo buộc … vào phao' is part of the 38 violations (the cue follows 642 triệu đồng, a different thing).",
    "Distractors: 'Số: 412/BC-UBND', section numbers, 'ngày 30/11/2024', 'cuối năm 2023' (baseline), 'Lưu: VT, KTN', heading 'PHƯƠNG HƯỚNG NĂM 2025'.",
    "Section II: 'Phấn đấu' governs both coordinated objects (target); 'dự kiến kinh phí' → forecast; period from the heading (inherited).",
]

if __name__ == "__main__":
    emit("p1204-3", TEXT, FIGS, NOTES, published="2024-12-20", location="Kiên Giang")
