"""p1219-5: Party newspaper (Báo Quảng Trị), titanium mining in coastal districts, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """Quản lý chặt hoạt động khai thác titan vùng cát ven biển

Hoạt động khai thác sa khoáng titan ở các huyện ven biển Quảng Trị đóng góp đáng kể cho ngân sách, song cũng đặt ra không ít vấn đề về môi trường và đời sống người dân.

Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có 6 mỏ titan được cấp phép với tổng diện tích gần 540 ha, phân bố ở Gio Linh, Triệu Phong và Hải Lăng. 9 tháng năm 2023, các doanh nghiệp khai thác được 21.400 tấn tinh quặng, đạt 71% kế hoạch năm; nộp ngân sách hơn 23 tỷ đồng. Riêng quý III, sản lượng chỉ đạt 5.100 tấn, giảm 18% so với quý II do giá ilmenit xuống thấp.

Tại xã Trung Giang (huyện Gio Linh), mỏ titan của Công ty CP Khoáng sản Cửa Việt rộng 86 ha, sử dụng 54 lao động, trong đó 41 người là con em địa phương, thu nhập từ 6 đến 7,5 triệu đồng/người/tháng. Mỗi năm công ty trồng bổ sung khoảng một nghìn cây phi lao và hỗ trợ xã 300 triệu đồng làm đường giao thông nông thôn.

Tuy nhiên, từ đầu năm đến nay, lực lượng chức năng đã phát hiện 12 vụ khai thác, vận chuyển cát titan trái phép, xử phạt hành chính 186 triệu đồng, tịch thu khoảng 40 m3 cát chứa quặng. Người dân thôn 4, xã Triệu Vân (huyện Triệu Phong) phản ánh nhiều giếng nước bị nhiễm mặn sau khi mỏ bơm nước biển vào tuyển quặng.

Theo kế hoạch, năm 2024 tỉnh dự kiến đấu giá quyền khai thác 2 khu vực mỏ titan với tổng diện tích khoảng 120 ha; phấn đấu đến năm 2025 có 100% diện tích mỏ sau khai thác được hoàn thổ đúng cam kết.

THANH TRÚC
08/10/2023
"""

NINE = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-10-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
GL = "Gio Linh"

FIGS = [
    F("có 6 mỏ", "6", 6, "count", "mỏ", subject="mỏ titan được cấp phép"),
    F("gần 540 ha", "540", 540, "measure", "ha", approx="nearly",
      subject="tổng diện tích mỏ titan được cấp phép"),
    F("được 21.400 tấn", "21.400", 21400, "measure", "tấn", percent=71,
      subject="tinh quặng các doanh nghiệp khai thác được", period=NINE),
    F("hơn 23 tỷ", "23", 23000000000, "money", "đồng", approx="over",
      subject="ngân sách các doanh nghiệp khai thác titan nộp", period=NINE),
    F("đạt 5.100 tấn", "5.100", 5100, "measure", "tấn",
      change=C("decrease", 18, "%", "quý II"), subject="sản lượng tinh quặng", period=Q3),
    F("rộng 86 ha", "86", 86, "measure", "ha",
      subject="diện tích mỏ titan của Công ty CP Khoáng sản Cửa Việt", location=GL),
    F("sử dụng 54 lao động", "54", 54, "count", "lao động", subject="lao động mỏ titan sử dụng",
      location=GL),
    F("41 người", "41", 41, "count", "người", total=54,
      subject="lao động là con em địa phương", location=GL),
    F("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7500000,
      subject="thu nhập của lao động mỏ titan", location=GL),
    F("khoảng một nghìn cây", "một", 1000, "count", "cây/năm", approx="about",
      subject="cây phi lao công ty trồng bổ sung", location=GL),
    F("xã 300 triệu", "300", 300000000, "money", "đồng",
      subject="hỗ trợ xã làm đường giao thông nông thôn", location=GL),
    F("phát hiện 12 vụ", "12", 12, "count", "vụ",
      subject="vụ khai thác, vận chuyển cát titan trái phép bị phát hiện", period=YTD),
    F("chính 186 triệu", "186", 186000000, "money", "đồng",
      subject="tiền xử phạt hành chính", period=YTD),
    F("khoảng 40 m3", "40", 40, "measure", "m3", approx="about",
      subject="cát chứa quặng bị tịch thu", period=YTD),
    F("thác 2 khu vực", "2", 2, "count", "khu vực", status="forecast",
      subject="khu vực mỏ titan đấu giá quyền khai thác", period=Y24),
    F("khoảng 120 ha", "120", 120, "measure", "ha", approx="about", status="forecast",
      subject="tổng diện tích khu vực mỏ titan đấu giá", period=Y24),
    F("có 100% diện tích", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ diện tích mỏ sau khai thác được hoàn thổ đúng cam kết", period=T25),
]

NOTES = [
    "Party newspaper (Báo Quảng Trị): titanium mining in coastal districts. Byline 'THANH TRÚC' and bare date '08/10/2023' at the end.",
    "Distractors: 'thôn 4', 'quý II' (baseline), 'năm 2024' / 'năm 2025' as periods only, names (Cửa Việt, Trung Giang, Triệu Vân).",
    "'quý III' takes 2023 from '9 tháng năm 2023'; 'từ đầu năm đến nay' ends at the closing date 2023-10-08.",
    "Company passage in xã Trung Giang (huyện Gio Linh): its figures get Gio Linh. 41 người after 'trong đó' → total 54.",
    "'khoảng một nghìn cây' is a number word with a multiplier (1000). 'dự kiến' governs the clause; 'phấn đấu' starts its own clause → target.",
    "revised: 'Mỗi năm … khoảng một nghìn cây' → unit 'cây/năm', 'mỗi năm' taken out of the subject (a rate's denominator belongs to the unit).",
]

if __name__ == "__main__":
    write("p1219-5", TEXT, NOTES, FIGS, published="2023-10-08", location="Quảng Trị")
