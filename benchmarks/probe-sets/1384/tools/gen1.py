"""p1384-1: province portal (Quảng Ninh): public toilets at tourist sites, as of 30/9/2024; Hạ Long passage."""
from lib import F, P, inh, ch, tg, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức > Văn hóa - Du lịch

Quảng Ninh: Hơn 1.300 nhà vệ sinh công cộng phục vụ khách du lịch

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.936

Theo Sở Du lịch, tính đến ngày 30/9/2024, toàn tỉnh có 1.324 nhà vệ sinh công cộng tại các khu, điểm du lịch, trong đó 1.086 nhà vệ sinh đạt chuẩn phục vụ khách du lịch, chiếm 82%, tăng 97 nhà so với cuối năm 2023.

9 tháng đầu năm 2024, các địa phương đã xây mới và cải tạo 64 nhà vệ sinh với tổng kinh phí khoảng 18,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 7,2 tỷ đồng, còn lại là vốn xã hội hóa.

Tại TP Hạ Long, 42 nhà vệ sinh trên các tuyến phố du lịch và 16 nhà vệ sinh nổi trên vịnh được bố trí người trực thường xuyên; mỗi nhà vệ sinh nổi phục vụ bình quân 350 lượt khách/ngày vào cao điểm hè. Phí sử dụng tại các nhà vệ sinh xã hội hóa từ 3.000 đến 5.000 đồng/lượt; nhà vệ sinh tại bến tàu khách quốc tế Tuần Châu và Bãi Cháy được miễn phí.

Kết quả khảo sát của Sở Du lịch với hơn 2.000 du khách cho thấy 87,5% hài lòng với chất lượng nhà vệ sinh, tăng 6,3 điểm phần trăm so với năm 2023.

Quý IV/2024, tỉnh phấn đấu đưa thêm 30 nhà vệ sinh đạt chuẩn vào sử dụng; mục tiêu đến năm 2025, 100% khu, điểm du lịch có nhà vệ sinh đạt chuẩn. Các địa phương thực hiện theo Quyết định số 1856/QĐ-UBND ngày 12/6/2023 của UBND tỉnh về bộ tiêu chí nhà vệ sinh công cộng.

Tin liên quan:
- Hạ Long ra quân tổng vệ sinh môi trường lần thứ 3 năm 2024
- Vân Đồn đưa bến tàu khách số 2 vào khai thác
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
HL = "Hạ Long"

FIGS = [
    F("Hơn 1.300 nhà", "1.300", 1300, "count", "nhà vệ sinh", approx="over",
      subject="nhà vệ sinh công cộng phục vụ khách du lịch"),
    F("có 1.324 nhà", "1.324", 1324, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng tại các khu, điểm du lịch", period=ASOF),
    F("trong đó 1.086 nhà", "1.086", 1086, "count", "nhà vệ sinh", total=1324, percent=82,
      change=ch("increase", 97, "nhà", "cuối năm 2023"),
      subject="nhà vệ sinh đạt chuẩn phục vụ khách du lịch", period=ASOF),
    F("cải tạo 64 nhà", "64", 64, "count", "nhà vệ sinh",
      subject="nhà vệ sinh các địa phương xây mới và cải tạo", period=NINE),
    F("khoảng 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", approx="about",
      subject="tổng kinh phí xây mới và cải tạo nhà vệ sinh", period=NINE),
    F("hỗ trợ 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", total=18.5e9,
      subject="ngân sách tỉnh hỗ trợ", period=NINE),
    F("Long, 42 nhà", "42", 42, "count", "nhà vệ sinh",
      subject="nhà vệ sinh trên các tuyến phố du lịch", location=HL),
    F("và 16 nhà", "16", 16, "count", "nhà vệ sinh",
      subject="nhà vệ sinh nổi trên vịnh", location=HL),
    F("bình quân 350 lượt", "350", 350, "measure", "lượt khách/ngày",
      subject="lượt khách mỗi nhà vệ sinh nổi phục vụ bình quân", location=HL),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/lượt", value_max=5000,
      subject="phí sử dụng tại các nhà vệ sinh xã hội hóa", location=HL),
    F("hơn 2.000 du khách", "2.000", 2000, "count", "du khách", approx="over",
      subject="du khách được Sở Du lịch khảo sát"),
    F("87,5% hài lòng", "87,5", 87.5, "percent", "%",
      change=ch("increase", 6.3, "điểm phần trăm", "năm 2023"),
      subject="du khách hài lòng với chất lượng nhà vệ sinh"),
    F("thêm 30 nhà", "30", 30, "count", "nhà vệ sinh", status="target",
      subject="nhà vệ sinh đạt chuẩn đưa thêm vào sử dụng", period=Q4),
    F("2025, 100% khu", "100", 100, "percent", "%", status="target",
      subject="khu, điểm du lịch có nhà vệ sinh đạt chuẩn", period=T25),
]

NOTES = [
    "Province portal (Quảng Ninh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.936', related links.",
    "Distractors: 08:45, Lượt xem 1.936, Quyết định số 1856/QĐ-UBND ngày 12/6/2023, 'lần thứ 3 năm 2024', 'bến tàu khách số 2'.",
    "1.086 after 'trong đó' -> total 1.324; 'chiếm 82%' -> percent; 'tăng 97 nhà so với cuối năm 2023' -> change in nhà.",
    "'tính đến ngày 30/9/2024' is an as-of date (start null). 7,2 tỷ after 'trong đó' -> total 18,5 tỷ.",
    "The TP Hạ Long paragraph (incl. the fee sentence about Bãi Cháy/Tuần Châu, both in Hạ Long) -> location Hạ Long.",
    "'350 lượt khách/ngày' is a rate -> measure. 87,5% is a level with a point change (unit 'điểm phần trăm').",
    "'Quý IV/2024'; 'phấn đấu' and 'mục tiêu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    write("p1384-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ninh")
