"""p1201-3: formal report (UBND tỉnh Bắc Ninh) on nationality and foreign-element civil status in 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC NINH
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác quốc tịch, hộ tịch có yếu tố nước ngoài năm 2024

I. CÔNG TÁC QUỐC TỊCH
Năm 2024, Sở Tư pháp tiếp nhận 58 hồ sơ quốc tịch, trong đó 44 hồ sơ xin thôi quốc tịch, 9 hồ sơ xin nhập quốc tịch và 5 hồ sơ xin trở lại quốc tịch Việt Nam. UBND tỉnh đã có văn bản đề xuất giải quyết 51 hồ sơ, số còn lại đang xác minh. Thời gian thẩm định trung bình 18 ngày/hồ sơ.

II. ĐĂNG KÝ HỘ TỊCH CÓ YẾU TỐ NƯỚC NGOÀI
1. Kết quả đăng ký
Các địa phương đăng ký 1.024 việc hộ tịch có yếu tố nước ngoài, tăng 11,8% so với năm 2023. Kết quả một số việc chủ yếu:
Đơn vị tính: việc
Địa phương | Kết hôn | Khai sinh | Ghi chú kết hôn
TP Bắc Ninh | 74 | 96 | 52
TP Từ Sơn | 41 | 63 | 30
TX Quế Võ | 28 | 37 | 26
TX Thuận Thành | 25 | 22 | 31
Huyện Tiên Du | 33 | 41 | 24
Huyện Yên Phong | 46 | 58 | 19
Huyện Gia Bình | 12 | 9 | 17
Huyện Lương Tài | 15 | 11 | 21
Tổng cộng | 274 | 337 | 220

2. Kiểm tra, hướng dẫn nghiệp vụ
Sở Tư pháp đã kiểm tra tại 6/8 huyện, thị xã, thành phố; phát hiện 14 trường hợp sai sót khi ghi Sổ hộ tịch, đã hướng dẫn khắc phục.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% hồ sơ quốc tịch được thẩm định đúng thời hạn; tỷ lệ hồ sơ hộ tịch có yếu tố nước ngoài nộp trực tuyến đạt trên 40%.

Nơi nhận:
- Bộ Tư pháp (Cục HTQTCT);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Kết hôn", "Khai sinh", "Ghi chú kết hôn"]
ROWS = [
    ("TP Bắc Ninh", "Bắc Ninh", ["74", "96", "52"]),
    ("TP Từ Sơn", "Từ Sơn", ["41", "63", "30"]),
    ("TX Quế Võ", "Quế Võ", ["28", "37", "26"]),
    ("TX Thuận Thành", "Thuận Thành", ["25", "22", "31"]),
    ("Huyện Tiên Du", "Tiên Du", ["33", "41", "24"]),
    ("Huyện Yên Phong", "Yên Phong", ["46", "58", "19"]),
    ("Huyện Gia Bình", "Gia Bình", ["12", "9", "17"]),
    ("Huyện Lương Tài", "Lương Tài", ["15", "11", "21"]),
    ("Tổng cộng", "Bắc Ninh", ["274", "337", "220"]),
]


def table():
    out = []
    for label, loc, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            subject = col.lower() if label != "Tổng cộng" else f"tổng cộng {col.lower()}"
            out.append(F(f"{prev} | {num}", num, int(num), "count", "việc", subject=subject,
                         period=I(Y24), location=loc))
            prev = num
    return out


FIGS = [
    F("tiếp nhận 58 hồ sơ", "58", 58, "count", "hồ sơ", subject="hồ sơ quốc tịch tiếp nhận", period=Y24),
    F("44 hồ sơ", "44", 44, "count", "hồ sơ", total=58, subject="hồ sơ xin thôi quốc tịch", period=Y24),
    F("9 hồ sơ", "9", 9, "count", "hồ sơ", total=58, subject="hồ sơ xin nhập quốc tịch", period=Y24),
    F("5 hồ sơ", "5", 5, "count", "hồ sơ", total=58, subject="hồ sơ xin trở lại quốc tịch Việt Nam", period=Y24),
    F("giải quyết 51 hồ sơ", "51", 51, "count", "hồ sơ",
      subject="hồ sơ UBND tỉnh đề xuất giải quyết", period=I(Y24)),
    F("trung bình 18 ngày", "18", 18, "measure", "ngày/hồ sơ",
      subject="thời gian thẩm định", period=I(Y24)),
    F("đăng ký 1.024 việc", "1.024", 1024, "count", "việc",
      change=C("increase", 11.8, "%", "năm 2023"),
      subject="việc hộ tịch có yếu tố nước ngoài đăng ký", period=I(Y24)),
] + table() + [
    F("tại 6/8", "6", 6, "count", "huyện, thị xã, thành phố", total=8,
      subject="huyện, thị xã, thành phố được Sở Tư pháp kiểm tra", period=I(Y24)),
    F("phát hiện 14 trường hợp", "14", 14, "count", "trường hợp",
      subject="trường hợp sai sót khi ghi Sổ hộ tịch", period=I(Y24)),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="hồ sơ quốc tịch được thẩm định đúng thời hạn", period=Y25),
    F("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hồ sơ hộ tịch có yếu tố nước ngoài nộp trực tuyến", period=Y25),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BẮC NINH', 'Số: 09/BC-UBND', 'Bắc Ninh, ngày 10 tháng 01 năm 2025' (published), 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: việc', rows are places (location = the district/town/city, 'TP Bắc Ninh' and 'Tổng cộng' → Bắc Ninh),",
    "subject = column label (+ 'tổng cộng'); period 'năm 2024' from the title and section I (inherited). Table cells get no total.",
    "Parts 44+9+5 = 58 after 'trong đó'. '6/8 huyện, thị xã, thành phố' gives total 8. Section III targets take 'PHƯƠNG HƯỚNG NĂM 2025' (heading, inherited).",
    "Distractors: 'Số: 09/BC-UBND', section numbers I./II./III./1./2., 'Cục HTQTCT', 'Lưu: VT, NC'.",
]

if __name__ == "__main__":
    write("p1201-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Bắc Ninh")
