"""p1173-2: district portal (huyện Kim Bảng, Hà Nam): limestone construction-stone quarries, 5 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Kim Bảng siết chặt quản lý hoạt động khai thác đá xây dựng

Ngày đăng: 14/06/2024 - 08:45

Trên địa bàn huyện hiện có 12 mỏ đá được cấp phép khai thác (9 mỏ đá vôi làm vật liệu xây dựng thông thường, 3 mỏ đá vôi làm nguyên liệu xi măng), phân bố tại các xã Thanh Sơn, Thi Sơn, Liên Sơn và Khả Phong.

5 tháng đầu năm, sản lượng đá khai thác trên địa bàn ước đạt 2,35 triệu tấn, bằng 43% kế hoạch năm, giảm 3,1% so với cùng kỳ. Các doanh nghiệp đã nộp phí bảo vệ môi trường đối với khai thác khoáng sản 18,6 tỷ đồng, tiền cấp quyền khai thác khoáng sản 9,4 tỷ đồng.

Xã Thanh Sơn là địa phương có nhiều mỏ nhất với 5 mỏ, tạo việc làm cho gần 600 lao động. Theo ông Trần Văn Hưng, Chủ tịch UBND xã, thu nhập của công nhân mỏ từ 7 đến 9 triệu đồng/người/tháng, cao hơn khoảng 20% so với lao động nông nghiệp. Tuy nhiên, bụi và tiếng ồn từ nổ mìn vẫn ảnh hưởng tới khoảng 340 hộ dân ở thôn Bút Sơn và thôn 4.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 12/12 mỏ, phát hiện 4 doanh nghiệp vi phạm, xử phạt hành chính 285 triệu đồng; đình chỉ một mỏ khai thác vượt ranh giới được cấp phép. Tổng số tiền ký quỹ cải tạo, phục hồi môi trường của các mỏ tính đến ngày 31/5/2024 là 42,7 tỷ đồng. Huyện đã lắp đặt 3 trạm kiểm soát tải trọng xe trên Quốc lộ 21B và ĐT 494.

6 tháng cuối năm, huyện phấn đấu trồng mới ít nhất 15 ha cây xanh tại các khai trường đã kết thúc khai thác; dự kiến đóng cửa 2 mỏ hết hạn giấy phép trong quý III.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("hiện có 12 mỏ", "12", 12, "count", "mỏ", subject="mỏ đá được cấp phép khai thác"),
    F("(9 mỏ", "9", 9, "count", "mỏ", total=12,
      subject="mỏ đá vôi làm vật liệu xây dựng thông thường"),
    F("3 mỏ đá vôi", "3", 3, "count", "mỏ", total=12, subject="mỏ đá vôi làm nguyên liệu xi măng"),
    F("ước đạt 2,35 triệu", "2,35", 2350000, "measure", "tấn", percent=43,
      change=C("decrease", 3.1, "%", "cùng kỳ"), status="estimate",
      subject="sản lượng đá khai thác trên địa bàn", period=M5),
    F("khoáng sản 18,6 tỷ", "18,6", 18600000000, "money", "đồng",
      subject="phí bảo vệ môi trường đối với khai thác khoáng sản các doanh nghiệp đã nộp", period=I(M5)),
    F("khoáng sản 9,4 tỷ", "9,4", 9400000000, "money", "đồng",
      subject="tiền cấp quyền khai thác khoáng sản", period=I(M5)),
    F("với 5 mỏ", "5", 5, "count", "mỏ", subject="mỏ đá tại xã Thanh Sơn"),
    F("gần 600 lao động", "600", 600, "count", "lao động", approx="nearly",
      subject="lao động được tạo việc làm tại các mỏ xã Thanh Sơn"),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
      change=C("increase", 20, "%", "lao động nông nghiệp", approx="about"),
      subject="thu nhập của công nhân mỏ"),
    F("khoảng 340 hộ", "340", 340, "count", "hộ dân", approx="about",
      subject="hộ dân bị ảnh hưởng bởi bụi và tiếng ồn từ nổ mìn"),
    F("12/12 mỏ", "12", 12, "count", "mỏ", total=12,
      subject="mỏ được Đoàn kiểm tra liên ngành của huyện kiểm tra", period=YTD),
    F("phát hiện 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      subject="doanh nghiệp vi phạm bị phát hiện", period=YTD),
    F("chính 285 triệu", "285", 285000000, "money", "đồng",
      subject="tiền xử phạt hành chính", period=YTD),
    F("đình chỉ một mỏ", "một", 1, "count", "mỏ",
      subject="mỏ bị đình chỉ do khai thác vượt ranh giới được cấp phép", period=YTD),
    F("là 42,7 tỷ", "42,7", 42700000000, "money", "đồng",
      subject="tổng số tiền ký quỹ cải tạo, phục hồi môi trường của các mỏ", period=ASOF),
    F("lắp đặt 3 trạm", "3", 3, "count", "trạm",
      subject="trạm kiểm soát tải trọng xe huyện đã lắp đặt"),
    F("ít nhất 15 ha", "15", 15, "measure", "ha", approx="at_least", status="target",
      subject="cây xanh trồng mới tại các khai trường đã kết thúc khai thác", period=H2),
    F("đóng cửa 2 mỏ", "2", 2, "count", "mỏ", status="forecast",
      subject="mỏ hết hạn giấy phép đóng cửa", period=Q3),
]

NOTES = [
    "District portal (huyện Kim Bảng, Hà Nam). 'Ngày đăng: 14/06/2024 - 08:45' (published); byline at the end. Default location Kim Bảng.",
    "Distractors: time 08:45, 'thôn 4', 'Quốc lộ 21B', 'ĐT 494', 'VH-TT&TT'. Communes are not places of the record: their figures stay Kim Bảng.",
    "Bracket '(9 mỏ ..., 3 mỏ ...)' adds up to 12: total 12. '12/12 mỏ' -> total 12.",
    "Year-less '5 tháng đầu năm', '6 tháng cuối năm', 'quý III' take 2024 from the dateline; 'Từ đầu năm đến nay' ends at published.",
    "'cao hơn khoảng 20% so với lao động nông nghiệp' is the change of the income range (approx about).",
    "revised after the first run: subject of 'gần 600 lao động' used 'có việc làm' (not in the text); now the sentence's own verb 'tạo việc làm'.",
    "'dự kiến đóng cửa 2 mỏ ... trong quý III' -> forecast, period quý III (the clause's own time phrase).",
]

if __name__ == "__main__":
    write("p1173-2", TEXT, NOTES, FIGS, published="2024-06-14", location="Kim Bảng")
