"""p1374-2: district portal (huyện Kim Bảng, Hà Nam): limestone quarries, output, inspections, environmental deposits."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG - TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản | Hỏi đáp

Kim Bảng siết chặt quản lý hoạt động khai thác đá

22/08/2024 - 08:40

Trên địa bàn huyện hiện có 14 mỏ đá vôi đang được cấp phép khai thác, tập trung tại các xã Thanh Sơn, Thi Sơn, Liên Sơn và thị trấn Ba Sao, tổng diện tích khoảng 310 ha. 7 tháng đầu năm 2024, sản lượng đá khai thác đạt 4,85 triệu m3, giảm 8,2% so với cùng kỳ năm 2023, do nhu cầu đá xây dựng chững lại. Các doanh nghiệp khai thác đá đã nộp ngân sách 126 tỷ đồng, chiếm 21,5% tổng thu ngân sách trên địa bàn huyện.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 9 mỏ, phát hiện 3 doanh nghiệp vi phạm về an toàn nổ mìn và bảo vệ môi trường, đề nghị xử phạt tổng số tiền 415 triệu đồng. Huyện cũng vận động các doanh nghiệp trồng 12 nghìn cây xanh tạo hành lang cách ly, lắp đặt 26 hệ thống phun sương dập bụi dọc tuyến ĐT.494.

Tính đến ngày 15/8/2024, 11/14 mỏ đã hoàn thành ký quỹ cải tạo, phục hồi môi trường với tổng số tiền gần 38 tỷ đồng.

Theo ông Đinh Văn Hòa, Phó Chủ tịch UBND huyện, theo quy hoạch, đến năm 2030 huyện sẽ dừng khai thác 5 mỏ nằm trong vùng cảnh quan Khu du lịch Tam Chúc, đưa tổng công suất khai thác đá toàn huyện xuống dưới 4 triệu m3/năm. Trước mắt, năm nay huyện phấn đấu giảm ít nhất 30% số vụ việc phản ánh về bụi, tiếng ồn so với năm 2023.

Nguồn: Phòng Tài nguyên và Môi trường huyện

Tin khác:
- Hội nghị sơ kết 6 tháng đầu năm 2024 công tác tiếp công dân
- Kim Bảng: Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6

Bản quyền thuộc UBND huyện Kim Bảng. Địa chỉ: Số 8 đường Lê Hoàn, thị trấn Quế, huyện Kim Bảng, tỉnh Hà Nam. Điện thoại: 0226.3818.264
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
ASOF = per("Tính đến ngày 15/8/2024", None, "2024-08-15")
T30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 14 mỏ đá vôi", "14", 14, "count", "mỏ", subject="mỏ đá vôi đang được cấp phép khai thác"),
    fig("khoảng 310 ha", "310", 310, "measure", "ha", approx="about",
        subject="tổng diện tích các mỏ đá vôi được cấp phép"),
    fig("đạt 4,85 triệu m3", "4,85", 4.85e6, "measure", "m3",
        change=chg("decrease", 8.2, "%", "cùng kỳ năm 2023"), subject="sản lượng đá khai thác", period=M7),
    fig("ngân sách 126 tỷ", "126", 126e9, "money", "đồng", percent=21.5,
        subject="nộp ngân sách của các doanh nghiệp khai thác đá", period=inh(M7)),
    fig("kiểm tra 9 mỏ", "9", 9, "count", "mỏ", subject="mỏ được Đoàn kiểm tra liên ngành kiểm tra", period=YTD),
    fig("phát hiện 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp vi phạm về an toàn nổ mìn và bảo vệ môi trường", period=YTD),
    fig("tiền 415 triệu", "415", 415e6, "money", "đồng", subject="tổng số tiền đề nghị xử phạt", period=YTD),
    fig("trồng 12 nghìn", "12", 12000, "count", "cây xanh",
        subject="cây xanh trồng tạo hành lang cách ly", period=inh(YTD)),
    fig("lắp đặt 26 hệ thống", "26", 26, "count", "hệ thống",
        subject="hệ thống phun sương dập bụi lắp đặt", period=inh(YTD)),
    fig("11/14 mỏ", "11", 11, "count", "mỏ", total=14,
        subject="mỏ đã hoàn thành ký quỹ cải tạo, phục hồi môi trường", period=ASOF),
    fig("gần 38 tỷ", "38", 38e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền ký quỹ cải tạo, phục hồi môi trường", period=ASOF),
    fig("khai thác 5 mỏ", "5", 5, "count", "mỏ", status="target",
        subject="mỏ dừng khai thác trong vùng cảnh quan Khu du lịch Tam Chúc", period=T30),
    fig("dưới 4 triệu", "4", 4e6, "measure", "m3/năm", approx="under", status="target",
        subject="tổng công suất khai thác đá toàn huyện", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số vụ việc phản ánh về bụi, tiếng ồn", period=NOW),
]

NOTES = [
    "District portal (huyện Kim Bảng, Hà Nam): 14 limestone quarries, 7-month output, inspections, dust measures, deposits, 2030 plan.",
    "Distractors: '22/08/2024 - 08:40', 'ĐT.494', 'Khu du lịch Tam Chúc', '6 tháng đầu năm 2024' and 'Ngày Môi trường thế giới 5/6' in links,",
    "'Số 8 đường Lê Hoàn', phone 0226.3818.264.",
    "Location: the district portal → Kim Bảng for every figure (the communes are inside it).",
    "'nộp ngân sách 126 tỷ' continues the 7-month paragraph (inherited period); 'chiếm 21,5%' is its percent.",
    "'trồng 12 nghìn cây xanh' (×10³) and '26 hệ thống' continue 'Từ đầu năm đến nay' (inherited).",
    "'11/14 mỏ' → total 14; 'Tính đến ngày 15/8/2024' is an as-of date.",
    "'theo quy hoạch, đến năm 2030 huyện sẽ dừng …' → target (a plan with 'đến năm 2030'); 'dưới 4 triệu m3/năm' → under, target.",
    "'năm nay … phấn đấu giảm ít nhất 30% … so với năm 2023' is a percent figure (the rate is the claim), at_least, target, period 2024.",
]

if __name__ == "__main__":
    write("p1374-2", TEXT, NOTES, FIGS, published="2024-08-22", location="Kim Bảng")
