"""p1439-2: district portal (huyện Lục Ngạn, Bắc Giang): 6 months of certifications, EPS workers, collaborators."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Tỉnh Bắc Giang
Trang chủ | Tin tức | Cải cách hành chính | Văn bản | Liên hệ

Phòng Tư pháp huyện: nhu cầu chứng thực bản dịch tăng mạnh

15/07/2024 - 10:20

Sáu tháng đầu năm 2024, Phòng Tư pháp huyện Lục Ngạn tiếp nhận và giải quyết 3.215 việc chứng thực, tăng 27,4% so với cùng kỳ; trong đó chứng thực chữ ký người dịch 1.148 việc (chiếm 35,7%), chứng thực bản sao từ bản chính 1.904 việc, chứng thực hợp đồng, giao dịch 163 việc. 100% hồ sơ được giải quyết đúng hạn. Tổng lệ phí thu được 46,8 triệu đồng, nộp vào ngân sách nhà nước.

Nguyên nhân chủ yếu là số người lao động của huyện đi làm việc tại Hàn Quốc theo Chương trình EPS tăng nhanh: 6 tháng đầu năm có 412 người xuất cảnh, tăng gần 1,5 lần so với cùng kỳ năm 2023. Mỗi bộ hồ sơ cần dịch và chứng thực từ 8 đến 12 loại giấy tờ như giấy khai sinh, sơ yếu lý lịch, bằng tốt nghiệp.

Hiện Phòng Tư pháp ký hợp đồng với 9 cộng tác viên dịch thuật, gồm 4 người dịch tiếng Hàn, 3 người dịch tiếng Trung và hai người dịch tiếng Anh. Vào cao điểm, mỗi cộng tác viên dịch trung bình 25-30 trang/ngày.

Ông Hoàng Văn Thuận, Trưởng phòng Tư pháp huyện cho biết, 6 tháng cuối năm, phòng phấn đấu giải quyết 100% hồ sơ đúng và trước hạn; dự kiến ký hợp đồng thêm 2 cộng tác viên dịch tiếng Nhật để phục vụ lao động đi Nhật Bản theo chương trình thực tập sinh.

Nguồn: Phòng Tư pháp huyện Lục Ngạn

Tin khác:
- Lục Ngạn tổ chức Ngày Pháp luật Việt Nam năm 2024
- Hướng dẫn thủ tục đăng ký khai sinh trực tuyến

Bản quyền thuộc UBND huyện Lục Ngạn
Địa chỉ: Tổ dân phố Trường Chinh, thị trấn Chũ, huyện Lục Ngạn. ĐT: 0204.3882.256
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("giải quyết 3.215 việc", "3.215", 3215, "count", "việc",
        change=chg("increase", 27.4, "%", "cùng kỳ"),
        subject="việc chứng thực Phòng Tư pháp huyện tiếp nhận và giải quyết", period=H1),
    fig("người dịch 1.148 việc", "1.148", 1148, "count", "việc", total=3215, percent=35.7,
        subject="chứng thực chữ ký người dịch", period=H1),
    fig("bản chính 1.904 việc", "1.904", 1904, "count", "việc", total=3215,
        subject="chứng thực bản sao từ bản chính", period=H1),
    fig("giao dịch 163 việc", "163", 163, "count", "việc", total=3215,
        subject="chứng thực hợp đồng, giao dịch", period=H1),
    fig("100% hồ sơ được giải quyết", "100", 100, "percent", "%",
        subject="hồ sơ được giải quyết đúng hạn", period=inh(H1)),
    fig("thu được 46,8 triệu", "46,8", 46.8e6, "money", "đồng", subject="tổng lệ phí thu được",
        period=inh(H1)),
    fig("có 412 người", "412", 412, "count", "người",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023", approx="nearly"),
        subject="người lao động đi làm việc tại Hàn Quốc theo Chương trình EPS xuất cảnh", period=H1b),
    fig("từ 8 đến 12 loại", "8", 8, "count", "loại giấy tờ", value_max=12,
        subject="loại giấy tờ mỗi bộ hồ sơ cần dịch và chứng thực"),
    fig("với 9 cộng tác viên", "9", 9, "count", "cộng tác viên",
        subject="cộng tác viên dịch thuật Phòng Tư pháp ký hợp đồng"),
    fig("gồm 4 người", "4", 4, "count", "người", total=9, subject="người dịch tiếng Hàn"),
    fig("3 người dịch", "3", 3, "count", "người", total=9, subject="người dịch tiếng Trung"),
    fig("hai người dịch", "hai", 2, "count", "người", total=9, subject="người dịch tiếng Anh"),
    fig("trung bình 25-30 trang/ngày", "25", 25, "measure", "trang/ngày", value_max=30,
        subject="trang mỗi cộng tác viên dịch vào cao điểm"),
    fig("giải quyết 100% hồ sơ đúng", "100", 100, "percent", "%", status="target",
        subject="hồ sơ giải quyết đúng và trước hạn", period=H2),
    fig("thêm 2 cộng tác viên", "2", 2, "count", "cộng tác viên", status="forecast",
        subject="cộng tác viên dịch tiếng Nhật ký hợp đồng thêm", period=H2),
]

NOTES = [
    "District portal (huyện Lục Ngạn, Bắc Giang): banner, menu, '15/07/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "3.215 việc = 1.148 + 1.904 + 163 (parts after 'trong đó'); '(chiếm 35,7%)' is the percent attribute of 1.148.",
    "'100% hồ sơ …' and the fee stand in the next sentences: period inherited from 'Sáu tháng đầu năm 2024'.",
    "'tăng gần 1,5 lần so với cùng kỳ năm 2023' → change 1,5 lần, approx nearly (the figure itself is exact).",
    "'Mỗi bộ hồ sơ … từ 8 đến 12 loại giấy tờ' is a count per file (like 'mỗi bồn 1.000 lít' in the model), no period.",
    "9 collaborators 'gồm 4 …, 3 … và hai …' (4+3+2=9). '25-30 trang/ngày' is a rate: measure. 'Hiện' gives no period.",
    "'6 tháng cuối năm, phòng phấn đấu …; dự kiến …' → target (100%) and forecast (2 more collaborators), period 2024-07-01..12-31.",
    "Location: huyện Lục Ngạn for all figures (district portal). Distractors: '10:20', 'Ngày Pháp luật … năm 2024', phone.",
]

if __name__ == "__main__":
    write("p1439-2", TEXT, NOTES, FIGS, published="2024-07-15", location="Lục Ngạn")
