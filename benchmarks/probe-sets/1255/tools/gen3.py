"""p1255-3: ministry site (Bộ Y tế): national monitoring of bottled water and ice, 6 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > An toàn thực phẩm

Kết quả giám sát chất lượng nước uống đóng chai, nước đá 6 tháng đầu năm 2024

08/07/2024 16:10

Theo Cục An toàn thực phẩm (Bộ Y tế), 6 tháng đầu năm 2024, các địa phương đã lấy 3.482 mẫu nước uống đóng chai và nước đá để giám sát, trong đó 412 mẫu không đạt, chiếm 11,8%, giảm 2,3 điểm phần trăm so với cùng kỳ năm 2023.

Tỷ lệ mẫu không đạt cao nhất thuộc về nước đá dùng liền (17,4%), tiếp đến là nước đóng bình 20 lít (12,6%) và nước đóng chai (4,9%). Các địa phương có tỷ lệ mẫu không đạt cao là Đồng Nai (21,3%), Cần Thơ (18,9%), An Giang (16,2%); Đà Nẵng và Quảng Ninh không phát hiện mẫu vi phạm.

Cả nước hiện có khoảng 5.600 cơ sở sản xuất nước uống đóng chai, đóng bình và trên 3.100 cơ sở sản xuất nước đá, phần lớn là cơ sở nhỏ lẻ, hộ gia đình. Trong 6 tháng, các đoàn thanh tra, kiểm tra đã phát hiện 1.247 cơ sở vi phạm, xử phạt 986 cơ sở theo Nghị định số 115/2018/NĐ-CP với số tiền gần 7,8 tỷ đồng; đình chỉ hoạt động 43 cơ sở.

Cục An toàn thực phẩm đề nghị các địa phương trong 6 tháng cuối năm tăng cường hậu kiểm, phấn đấu giảm tỷ lệ mẫu nước đá không đạt xuống dưới 10%. Dự kiến trong quý III, Bộ Y tế sẽ tổ chức 3 đoàn kiểm tra liên ngành tại 12 tỉnh, thành phố trọng điểm.

Cục An toàn thực phẩm - Bộ Y tế
Địa chỉ: 135 Núi Trúc, Ba Đình, Hà Nội | Điện thoại: 024.3846.4489
"""

P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6b = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Q3 = per("trong quý III", "2024-07-01", "2024-09-30")
RATE = "tỷ lệ mẫu không đạt"

FIGS = [
    fig("lấy 3.482 mẫu", "3.482", 3482, "count", "mẫu",
        subject="mẫu nước uống đóng chai và nước đá lấy để giám sát", period=P6),
    fig("trong đó 412 mẫu", "412", 412, "count", "mẫu", total=3482, percent=11.8,
        change=chg("decrease", 2.3, "điểm phần trăm", "cùng kỳ năm 2023"),
        subject="mẫu không đạt", period=P6),
    fig("liền (17,4%)", "17,4", 17.4, "percent", "%", subject="tỷ lệ mẫu nước đá dùng liền không đạt",
        period=inh(P6)),
    fig("bình 20 lít", "20", 20, "measure", "lít", optional=True),
    fig("lít (12,6%)", "12,6", 12.6, "percent", "%", subject="tỷ lệ mẫu nước đóng bình không đạt",
        period=inh(P6)),
    fig("chai (4,9%)", "4,9", 4.9, "percent", "%", subject="tỷ lệ mẫu nước đóng chai không đạt",
        period=inh(P6)),
    fig("Đồng Nai (21,3%)", "21,3", 21.3, "percent", "%", subject=RATE, period=inh(P6),
        location="Đồng Nai"),
    fig("Cần Thơ (18,9%)", "18,9", 18.9, "percent", "%", subject=RATE, period=inh(P6),
        location="Cần Thơ"),
    fig("An Giang (16,2%)", "16,2", 16.2, "percent", "%", subject=RATE, period=inh(P6),
        location="An Giang"),
    fig("khoảng 5.600", "5.600", 5600, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình"),
    fig("trên 3.100", "3.100", 3100, "count", "cơ sở", approx="over", subject="cơ sở sản xuất nước đá"),
    fig("phát hiện 1.247", "1.247", 1247, "count", "cơ sở", subject="cơ sở vi phạm", period=P6b),
    fig("xử phạt 986", "986", 986, "count", "cơ sở", subject="cơ sở bị xử phạt", period=P6b),
    fig("gần 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", approx="nearly", subject="số tiền xử phạt",
        period=P6b),
    fig("hoạt động 43", "43", 43, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=P6b),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu nước đá không đạt", period=H2),
    fig("tổ chức 3 đoàn", "3", 3, "count", "đoàn", status="forecast",
        subject="đoàn kiểm tra liên ngành", period=Q3),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố trọng điểm được kiểm tra", period=Q3),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, bare date/time '08/07/2024 16:10', address/phone footer. National figures: location Việt Nam.",
    "'trong đó 412 mẫu không đạt, chiếm 11,8%, giảm 2,3 điểm phần trăm' -> total 3482, percent 11.8, change in điểm phần trăm.",
    "Product-group list (nước đá dùng liền / đóng bình / đóng chai): not places, so the item stays in the subject.",
    "Province list (Đồng Nai, Cần Thơ, An Giang): subject = the list's indicator, province -> location.",
    "'bình 20 lít' names a product size: optional. 'Trong 6 tháng' (no year) takes 2024 from the earlier period.",
    "'phấn đấu ... dưới 10%' target (6 tháng cuối năm 2024); 'Dự kiến trong quý III' -> forecast for both counts.",
    "Distractors: Nghị định số 115/2018/NĐ-CP, '135 Núi Trúc', phone, time 16:10, '6 tháng đầu năm 2024' in the headline (no figure).",
]

if __name__ == "__main__":
    write("p1255-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Việt Nam")
