"""p1153-8: provincial newspaper online (Báo Quảng Bình), second-hand book market, a book stall in Đồng Hới, provincial trade."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Văn hóa - Xã hội | Cập nhật lúc 10:15, Thứ Sáu, 26/04/2024

Phiên chợ sách cũ hút bạn đọc

(QBĐT) - Chiều 25/4, phiên chợ sách cũ lần thứ 2 do Thư viện tỉnh phối hợp với Tỉnh Đoàn tổ chức đã khép lại với hơn 7.000 cuốn sách được trao đổi, mua bán, trong đó khoảng 4.500 cuốn được bán với giá từ 5.000 đến 30.000 đồng/cuốn. Tổng số tiền thu được hơn 96 triệu đồng; Ban Tổ chức trích 30% để mua sách mới tặng tủ sách các xã vùng cao của huyện Minh Hóa và Tuyên Hóa.

Góp mặt tại phiên chợ có ông Hoàng Văn Tư (68 tuổi, phường Đồng Phú, TP Đồng Hới), người đã gắn bó với quầy sách cũ ở chợ Đồng Hới hơn 30 năm. Quầy sách của ông chỉ rộng khoảng 12 m2 nhưng có gần 10.000 cuốn sách các loại. Mỗi tháng ông bán được từ 300 đến 400 cuốn, thu nhập khoảng 5 triệu đồng.

Theo Sở Thông tin và Truyền thông, quý I, doanh thu bán lẻ sách của các cơ sở phát hành trong tỉnh đạt khoảng 13,6 tỷ đồng, giảm 4,2% so với cùng kỳ. Cả năm 2023, doanh thu này ước khoảng 58 tỷ đồng, giảm 3,5% so với năm 2022, chủ yếu do cạnh tranh từ kênh bán sách trực tuyến. Toàn tỉnh hiện có 52 cơ sở phát hành xuất bản phẩm, giảm 6 cơ sở so với năm 2020; trong đó TP Đồng Hới có 29 cơ sở, thị xã Ba Đồn có 7 cơ sở.

Năm 2024, Thư viện tỉnh phấn đấu tổ chức thêm 3 phiên chợ sách cũ tại thị xã Ba Đồn và các huyện Lệ Thủy, Bố Trạch.

Thu Hằng
"""

Q1 = P("quý I", "2024-01-01", "2024-03-31")
Y23 = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DH = "Đồng Hới"
STALL = "quầy sách cũ của ông Hoàng Văn Tư"
OUTLETS = "cơ sở phát hành xuất bản phẩm"

FIGS = [
    F("hơn 7.000 cuốn", "7.000", 7000, "count", "cuốn sách", approx="over",
      subject="sách được trao đổi, mua bán tại phiên chợ sách cũ"),
    F("khoảng 4.500 cuốn", "4.500", 4500, "count", "cuốn", approx="about", total=7000,
      subject="sách được bán tại phiên chợ sách cũ"),
    F("từ 5.000 đến 30.000", "5.000", 5000, "money", "đồng/cuốn", value_max=30000,
      subject="giá bán sách cũ"),
    F("hơn 96 triệu", "96", 96000000, "money", "đồng", approx="over", subject="tổng số tiền thu được"),
    F("trích 30%", "30", 30, "percent", "%", subject="tỷ lệ tiền thu được trích để mua sách mới tặng tủ sách"),
    F("68 tuổi", "68", 68, "measure", "tuổi", optional=True, subject="tuổi ông Hoàng Văn Tư", location=DH),
    F("hơn 30 năm", "30", 30, "measure", "năm", approx="over", optional=True,
      subject="thời gian gắn bó với quầy sách cũ", location=DH),
    F("khoảng 12 m2", "12", 12, "measure", "m2", approx="about", subject="diện tích " + STALL, location=DH),
    F("gần 10.000 cuốn", "10.000", 10000, "count", "cuốn sách", approx="nearly",
      subject="sách tại " + STALL, location=DH),
    F("từ 300 đến 400", "300", 300, "count", "cuốn", value_max=400,
      subject="sách " + STALL + " bán mỗi tháng", location=DH),
    F("khoảng 5 triệu", "5", 5000000, "money", "đồng", approx="about",
      subject="thu nhập mỗi tháng của ông Hoàng Văn Tư", location=DH),
    F("khoảng 13,6 tỷ", "13,6", 13600000000, "money", "đồng", approx="about",
      change=C("decrease", 4.2, "%", "cùng kỳ"),
      subject="doanh thu bán lẻ sách của các cơ sở phát hành", period=Q1),
    F("khoảng 58 tỷ", "58", 58000000000, "money", "đồng", approx="about", status="estimate",
      change=C("decrease", 3.5, "%", "năm 2022"),
      subject="doanh thu bán lẻ sách của các cơ sở phát hành", period=Y23),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở", change=C("decrease", 6, "cơ sở", "năm 2020"), subject=OUTLETS),
    F("có 29 cơ sở", "29", 29, "count", "cơ sở", total=52, subject=OUTLETS, location=DH),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", total=52, subject=OUTLETS, location="Ba Đồn"),
    F("thêm 3 phiên", "3", 3, "count", "phiên chợ sách cũ", status="target",
      subject="phiên chợ sách cũ tổ chức thêm", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật lúc 10:15, Thứ Sáu, 26/04/2024' (published), tag '(QBĐT) -', byline at the end.",
    "The market is held by the provincial library; no district is named for it → Quảng Bình. The stall passage (ông Hoàng Văn Tư, chợ Đồng Hới)",
    "gives its figures Đồng Hới, across the three sentences. '68 tuổi' and 'hơn 30 năm' (a person's age and years of work) are optional.",
    "'trong đó khoảng 4.500 cuốn được bán' → part of the 7.000 cuốn. 'trích 30%' is a percent figure of its own.",
    "Year-less 'quý I' takes 2024 from the dateline (no earlier year in the text). 'ước khoảng 58 tỷ' → estimate and about.",
    "'trong đó TP Đồng Hới có 29 cơ sở, thị xã Ba Đồn có 7 cơ sở' → parts of the 52 with their places.",
    "Distractors: 'lần thứ 2', 'Chiều 25/4', time 10:15, 'phường Đồng Phú'. 'Mỗi tháng' figures get no period (a habit, not a dated span).",
]

if __name__ == "__main__":
    write("p1153-8", TEXT, NOTES, FIGS, published="2024-04-26", location="Quảng Bình")
