from lib import F, P, build

TEXT = """Tuyên Quang: Trao hơn 12.600 suất quà trong Tháng hành động vì người cao tuổi
Ngày cập nhật: 08/11/2024

Trong tháng 10/2024 (Tháng hành động vì người cao tuổi Việt Nam), các cấp, ngành và Hội Người cao tuổi tỉnh Tuyên Quang đã thăm hỏi, tặng 12.684 suất quà cho người cao tuổi với tổng trị giá 3,46 tỷ đồng, tăng 11,5% so với cùng kỳ năm 2023.

Kết quả cụ thể tại các huyện, thành phố như sau:
Địa phương
Số suất quà (suất)
Trị giá (triệu đồng)
TP Tuyên Quang
2.146
612,5
Huyện Sơn Dương
2.935
798,0
Huyện Yên Sơn
2.310
641,2
Huyện Hàm Yên
1.872
504,8
Huyện Chiêm Hóa
2.087
552,6
Huyện Na Hang
792
193,4
Huyện Lâm Bình
542
157,5

Cũng trong tháng, ngành y tế phối hợp tổ chức khám sức khỏe, cấp thuốc miễn phí cho 4.520 người cao tuổi; 138 cụ tròn 100 tuổi và trên 100 tuổi được Chủ tịch nước tặng thư, quà chúc thọ.

Toàn tỉnh hiện có 89.750 người cao tuổi, chiếm 11,9% dân số; 7 huyện, thành phố đều đã thành lập Quỹ chăm sóc và phát huy vai trò người cao tuổi với tổng số dư trên 5,2 tỷ đồng.

Năm 2025, tỉnh phấn đấu 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe và có ít nhất 90% người cao tuổi tham gia sinh hoạt tại các câu lạc bộ. Các hoạt động được triển khai theo Hướng dẫn số 35/HD-SLĐTBXH của Sở Lao động - Thương binh và Xã hội.

Sở Lao động - Thương binh và Xã hội tỉnh Tuyên Quang
Số lượt truy cập: 1.204.556
"""

M10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
M10i = P("tháng 10/2024", "2024-10-01", "2024-10-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Quang\n2.146", "2.146", 2146, "612,5", 612.5, "Tuyên Quang"),
    ("2.935", "2.935", 2935, "798,0", 798.0, "Sơn Dương"),
    ("2.310", "2.310", 2310, "641,2", 641.2, "Yên Sơn"),
    ("1.872", "1.872", 1872, "504,8", 504.8, "Hàm Yên"),
    ("2.087", "2.087", 2087, "552,6", 552.6, "Chiêm Hóa"),
    ("Hang\n792", "792", 792, "193,4", 193.4, "Na Hang"),
    ("Bình\n542", "542", 542, "157,5", 157.5, "Lâm Bình"),
]

FIGS = [
    F("hơn 12.600 suất", "12.600", 12600, "count", "suất quà", "suất quà trao cho người cao tuổi", approx="over"),
    F("tặng 12.684 suất", "12.684", 12684, "count", "suất quà", "suất quà tặng người cao tuổi", period=M10),
    F("giá 3,46 tỷ", "3,46", 3.46e9, "money", "đồng", "tổng trị giá quà tặng người cao tuổi",
      change={"direction": "increase", "value": 11.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M10),
]
for a1, n1, v1, n2, v2, loc in ROWS:
    FIGS.append(F(a1, n1, v1, "count", "suất", "Số suất quà", period=M10i, location=loc))
    FIGS.append(F(n2, n2, v2 * 1e6, "money", "đồng", "Trị giá quà", period=M10i, location=loc))

TH = P("trong tháng", "2024-10-01", "2024-10-31")
FIGS += [
    F("cho 4.520 người", "4.520", 4520, "count", "người cao tuổi", "người cao tuổi được khám sức khỏe, cấp thuốc miễn phí",
      period=TH),
    F("138 cụ", "138", 138, "count", "cụ", "cụ tròn 100 tuổi và trên 100 tuổi được Chủ tịch nước tặng thư, quà chúc thọ",
      period=TH),
    F("tròn 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    F("trên 100 tuổi", "100", 100, "measure", "tuổi", approx="over", optional=True),
    F("có 89.750 người", "89.750", 89750, "count", "người cao tuổi", "người cao tuổi", percent=11.9),
    F("7 huyện, thành phố", "7", 7, "count", "huyện, thành phố",
      "huyện, thành phố đã thành lập Quỹ chăm sóc và phát huy vai trò người cao tuổi"),
    F("trên 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", "tổng số dư Quỹ chăm sóc và phát huy vai trò người cao tuổi",
      approx="over"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người cao tuổi được lập hồ sơ theo dõi sức khỏe", status="target",
      period=Y25),
    F("ít nhất 90%", "90", 90, "percent", "%", "người cao tuổi tham gia sinh hoạt tại các câu lạc bộ", approx="at_least",
      status="target", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Tuyên Quang / Sở LĐ-TB&XH (province portal): Tháng hành động vì người cao tuổi (tháng 10/2024). 'Ngày cập nhật: 08/11/2024' without time.",
    "One-cell-per-line table: header 'Địa phương / Số suất quà (suất) / Trị giá (triệu đồng)'; each row a district (location), 2 figures per row;",
    "'(triệu đồng)' multiplies the money cells (612,5 -> 612500000 đồng). Period 'tháng 10/2024' from the text above the table (inherited).",
    "The rows add up to 12.684 suất and 3,46 tỷ đồng; no total attribute for table cells (the whole is in the text, not a table row).",
    "Distractors: 'Hướng dẫn số 35/HD-SLĐTBXH', page counter 'Số lượt truy cập: 1.204.556', event name 'Tháng hành động'. Ages optional.",
    "'Cũng trong tháng' takes month and year from 'tháng 10/2024'. 'hiện có' figures: no period. Title 'hơn 12.600 suất quà' has no period in the title.",
]

if __name__ == "__main__":
    build("p375-8", TEXT, FIGS, COMMENTS, published="2024-11-08", location="Tuyên Quang")
