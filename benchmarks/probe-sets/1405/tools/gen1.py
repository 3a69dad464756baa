"""p1405-1: province portal (Thanh Hóa): workers sent abroad 9 months 2024, Japan the largest market."""
from lib import F, P, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức > Lao động - Việc làm

9 tháng, Thanh Hóa đưa gần 5 nghìn lao động sang Nhật Bản

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm 2024, toàn tỉnh Thanh Hóa có 8.652 người đi làm việc ở nước ngoài theo hợp đồng, đạt 78,7% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thị trường Nhật Bản 4.936 người, Đài Loan (Trung Quốc) 2.115 người, Hàn Quốc 874 người, các thị trường khác 727 người.

Thực tập sinh kỹ năng chiếm khoảng 81% số người xuất cảnh sang Nhật Bản, còn lại là lao động kỹ năng đặc định và kỹ sư. Hiện trên địa bàn tỉnh có 42 doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài đặt trụ sở hoặc chi nhánh, cùng 6 trung tâm đào tạo tiếng Nhật được cấp phép.

Thu nhập bình quân của thực tập sinh tại Nhật Bản từ 28 đến 35 triệu đồng/người/tháng; sau khi trừ chi phí sinh hoạt, mỗi tháng một người tiết kiệm được khoảng 15-20 triệu đồng. Ước tính 9 tháng, lượng kiều hối người lao động gửi về qua hệ thống ngân hàng trên địa bàn đạt khoảng 3.250 tỷ đồng.

Năm 2024, tỉnh phấn đấu đưa 11.000 lao động đi làm việc ở nước ngoài, trong đó ít nhất 6.000 người sang Nhật Bản. Sở đề nghị các doanh nghiệp thực hiện đúng Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14, không thu tiền dịch vụ vượt mức quy định; người dân có thể phản ánh qua đường dây nóng 0237.3852.146.

Tin liên quan:
- Hội nghị đối thoại với doanh nghiệp xuất khẩu lao động quý III/2024
- Nghi Sơn: tư vấn xuất khẩu lao động cho thanh niên
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_E = P("Ước tính 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TOTAL = 8652

FIGS = [
    F("gần 5 nghìn", "5", 5000, "count", "lao động", approx="nearly",
      subject="lao động Thanh Hóa đưa sang Nhật Bản", period=NINE_H),
    F("có 8.652 người", "8.652", 8652, "count", "người", percent=78.7,
      change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="người đi làm việc ở nước ngoài theo hợp đồng", period=NINE),
    F("Nhật Bản 4.936 người", "4.936", 4936, "count", "người", total=TOTAL,
      subject="người đi làm việc tại thị trường Nhật Bản", period=inh(NINE)),
    F("(Trung Quốc) 2.115 người", "2.115", 2115, "count", "người", total=TOTAL,
      subject="người đi làm việc tại thị trường Đài Loan (Trung Quốc)", period=inh(NINE)),
    F("Hàn Quốc 874 người", "874", 874, "count", "người", total=TOTAL,
      subject="người đi làm việc tại thị trường Hàn Quốc", period=inh(NINE)),
    F("khác 727 người", "727", 727, "count", "người", total=TOTAL,
      subject="người đi làm việc tại các thị trường khác", period=inh(NINE)),
    F("khoảng 81%", "81", 81, "percent", "%", approx="about",
      subject="tỷ lệ thực tập sinh kỹ năng trong số người xuất cảnh sang Nhật Bản", period=inh(NINE)),
    F("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
      subject="doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("cùng 6 trung tâm", "6", 6, "count", "trung tâm",
      subject="trung tâm đào tạo tiếng Nhật được cấp phép"),
    F("từ 28 đến 35 triệu", "28", 28e6, "money", "đồng/người/tháng", value_max=35e6,
      subject="thu nhập bình quân của thực tập sinh tại Nhật Bản"),
    F("khoảng 15-20 triệu", "15", 15e6, "money", "đồng/tháng", value_max=20e6, approx="about",
      subject="tiền một người tiết kiệm được"),
    F("khoảng 3.250 tỷ", "3.250", 3250e9, "money", "đồng", approx="about", status="estimate",
      subject="kiều hối người lao động gửi về qua hệ thống ngân hàng", period=NINE_E),
    F("đưa 11.000 lao động", "11.000", 11000, "count", "lao động", status="target",
      subject="lao động đi làm việc ở nước ngoài", period=Y24),
    F("ít nhất 6.000 người", "6.000", 6000, "count", "người", approx="at_least", total=11000, status="target",
      subject="người sang Nhật Bản", period=Y24),
]

NOTES = [
    "Province portal (Thanh Hóa): workers sent abroad in 9 months of 2024; 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, Lượt xem 1.286, Luật ... số 69/2020/QH14, hotline 0237.3852.146, 'quý III/2024' in a related link.",
    "Headline 'gần 5 nghìn lao động' is a figure (nearly, multiplier nghìn); year-less '9 tháng' takes 2024 (published).",
    "'đạt 78,7% kế hoạch năm' is the percent attribute of 8.652 (the plan amount is not stated).",
    "'Trong đó' after a sentence break: the four markets take total 8.652; markets are foreign partners, so they stay in the subject.",
    "'Thực tập sinh kỹ năng chiếm khoảng 81%' has no amount of its own: a percent figure.",
    "'Năm 2024, tỉnh phấn đấu' governs both clauses (target); 'trong đó ít nhất 6.000 người' takes total 11.000.",
]

if __name__ == "__main__":
    write("p1405-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
