"""p1277-6: department site without dateline (CDC Đắk Lắk): smoke-free units by type, one-cell-per-line table."""
from lib import F, P, I, CH, TG, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Phòng chống bệnh | Văn bản | Liên hệ

Đắk Lắk đẩy mạnh xây dựng môi trường không khói thuốc

Thực hiện Kế hoạch số 2150/KH-UBND của UBND tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với 15 Trung tâm Y tế huyện, thị xã, thành phố triển khai xây dựng môi trường không khói thuốc tại nơi làm việc. Năm 2023, toàn tỉnh có 1.245 cơ quan, đơn vị đạt tiêu chuẩn môi trường không khói thuốc, tăng 8,4% so với năm 2022.

Số cơ quan, đơn vị đạt tiêu chuẩn môi trường không khói thuốc
Đơn vị tính: đơn vị
Loại hình
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Cơ quan hành chính
312
338
355
370
Cơ sở y tế
196
205
210
215
Trường học
640
702
745
790
Tổng số
1.148
1.245
1.310
1.375

Tại TP Buôn Ma Thuột, qua kiểm tra năm 2023, 100% nhà hàng, quán cà phê đã dán biển cấm hút thuốc; tuy nhiên vẫn còn khoảng 23% số quán để khách hút thuốc trong nhà.

Năm 2024, Trung tâm ước thực hiện 186 buổi tư vấn cai nghiện thuốc lá cho khoảng 2.400 lượt người; phấn đấu năm 2025 có thêm 65 đơn vị đạt chuẩn.

Tin cùng chuyên mục:
- Tập huấn giám sát thực thi Luật Phòng, chống tác hại của thuốc lá năm 2024
- Hưởng ứng Ngày Thế giới không thuốc lá 31/5

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Địa chỉ: 47 Ngô Quyền, phường Tân An, TP Buôn Ma Thuột
Điện thoại: 0262.3852.219
Lượt truy cập: 918.402
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("kế hoạch 2025", K25, "target")]
ROWS = [("Cơ quan hành chính", ["312", "338", "355", "370"]),
        ("Cơ sở y tế", ["196", "205", "210", "215"]),
        ("Trường học", ["640", "702", "745", "790"]),
        ("Tổng số", ["1.148", "1.245", "1.310", "1.375"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "đơn vị",
                         subject=f"{label} {col}",
                         period=per, **kw))
            prev = n
    return out


Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("với 15 Trung", "15", 15, "count", "Trung tâm Y tế",
      subject="Trung tâm Y tế huyện, thị xã, thành phố phối hợp"),
    F("có 1.245 cơ quan", "1.245", 1245, "count", "cơ quan, đơn vị", change=CH("increase", 8.4, "%", "năm 2022"),
      subject="cơ quan, đơn vị đạt tiêu chuẩn môi trường không khói thuốc", period=Y23),
] + cells() + [
    F("2023, 100%", "100", 100, "percent", "%",
      subject="nhà hàng, quán cà phê đã dán biển cấm hút thuốc", period=Y23b, location=BMT),
    F("khoảng 23%", "23", 23, "percent", "%", approx="about",
      subject="quán để khách hút thuốc trong nhà", period=Y23b, location=BMT),
    F("hiện 186 buổi", "186", 186, "count", "buổi", status="estimate",
      subject="buổi tư vấn cai nghiện thuốc lá", period=Y24),
    F("khoảng 2.400 lượt", "2.400", 2400, "count", "lượt người", approx="about", status="estimate",
      subject="lượt người được tư vấn cai nghiện thuốc lá", period=Y24),
    F("thêm 65 đơn vị", "65", 65, "count", "đơn vị", status="target",
      subject="đơn vị đạt chuẩn có thêm", period=Y25),
]

NOTES = [
    "Department site (CDC Đắk Lắk) with no dateline: menu, related links, address, phone, 'Lượt truy cập: 918.402' (no published).",
    "Distractors: 'Kế hoạch số 2150/KH-UBND', '47 Ngô Quyền', phone 0262.3852.219, 'Lượt truy cập', '31/5' and 'năm 2024' in link titles.",
    "One-cell-per-line table, 'Đơn vị tính: đơn vị': 16 cells; subject = row label + column label (FIGURES.md, tables); period from the column header;",
    "revised after the first run: the 16 cell subjects had the caption 'số cơ quan, đơn vị đạt tiêu chuẩn ...' in front; the spec names row + column only.",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Tại TP Buôn Ma Thuột, qua kiểm tra năm 2023, ...' → location Buôn Ma Thuột, period 2023 for both shares in the sentence.",
    "'Năm 2024, Trung tâm ước thực hiện ...' → estimate for both figures of the clause; '; phấn đấu năm 2025 ...' → target with its own period.",
]

if __name__ == "__main__":
    write("p1277-6", TEXT, NOTES, FIGS, location="Đắk Lắk")
