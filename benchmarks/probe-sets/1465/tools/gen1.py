"""p1465-1: province portal (Lạng Sơn): seizure of smuggled perfume in Cao Lộc, market-control results year to date."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Lạng Sơn
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lạng Sơn: Thu giữ hơn 3.600 chai nước hoa nhập lậu

Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.873

Ngày 12/8, Đội Quản lý thị trường số 3 (Cục Quản lý thị trường tỉnh Lạng Sơn) phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra xe ô tô tải biển kiểm soát 12C-158.47 lưu thông trên Quốc lộ 1A, đoạn qua xã Tân Thành, huyện Cao Lộc. Trên xe có 3.624 chai nước hoa các loại, dung tích từ 30 ml đến 100 ml, mang nhãn hiệu Chanel, Dior, Gucci, Versace. Toàn bộ số hàng do nước ngoài sản xuất, không có hóa đơn, chứng từ chứng minh nguồn gốc. Theo giá niêm yết, tổng trị giá lô hàng ước tính khoảng 1,2 tỷ đồng.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng quản lý thị trường đã kiểm tra 286 vụ liên quan đến mỹ phẩm, nước hoa, xử lý 241 vụ vi phạm, bằng 80,3% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023; thu nộp ngân sách hơn 2,35 tỷ đồng. Trong đó, có 97 vụ buôn bán hàng nhập lậu, 63 vụ kinh doanh hàng giả mạo nhãn hiệu và 81 vụ vi phạm khác.

Riêng tháng 7, lực lượng chức năng tạm giữ hơn 5 nghìn sản phẩm mỹ phẩm, nước hoa không rõ nguồn gốc, trị giá gần 900 triệu đồng.

Thời gian tới, Cục Quản lý thị trường tỉnh phấn đấu mỗi tháng kiểm tra ít nhất 20 cơ sở kinh doanh mỹ phẩm, nước hoa tại TP Lạng Sơn và các huyện biên giới; xử lý nghiêm hành vi vi phạm theo Nghị định số 98/2020/NĐ-CP.

Tin liên quan:
- Lạng Sơn: Tăng cường kiểm soát hàng hóa qua cửa khẩu Hữu Nghị
- Cao Lộc tổ chức Hội nghị tuyên truyền chống hàng giả lần thứ hai
"""

DAY = per("Ngày 12/8", "2024-08-12", "2024-08-12")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-14")
JUL = per("tháng 7", "2024-07-01", "2024-07-31")
CL = "Cao Lộc"

FIGS = [
    fig("Thu giữ hơn 3.600 chai", "3.600", 3600, "count", "chai", approx="over",
        subject="nước hoa nhập lậu thu giữ"),
    fig("có 3.624 chai", "3.624", 3624, "count", "chai",
        subject="nước hoa các loại trên xe", period=inh(DAY), location=CL),
    fig("từ 30 ml đến 100 ml", "30", 30, "measure", "ml", value_max=100,
        subject="dung tích chai nước hoa", location=CL),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", period=inh(DAY), location=CL),
    fig("kiểm tra 286 vụ", "286", 286, "count", "vụ",
        subject="vụ liên quan đến mỹ phẩm, nước hoa kiểm tra", period=YTD),
    fig("xử lý 241 vụ", "241", 241, "count", "vụ", percent=80.3,
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm xử lý", period=YTD),
    fig("hơn 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", approx="over",
        subject="thu nộp ngân sách", period=YTD),
    fig("có 97 vụ", "97", 97, "count", "vụ", total=241,
        subject="vụ buôn bán hàng nhập lậu", period=inh(YTD)),
    fig("63 vụ", "63", 63, "count", "vụ", total=241,
        subject="vụ kinh doanh hàng giả mạo nhãn hiệu", period=inh(YTD)),
    fig("81 vụ", "81", 81, "count", "vụ", total=241,
        subject="vụ vi phạm khác", period=inh(YTD)),
    fig("hơn 5 nghìn", "5", 5000, "count", "sản phẩm", approx="over",
        subject="sản phẩm mỹ phẩm, nước hoa không rõ nguồn gốc tạm giữ", period=JUL),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly",
        subject="trị giá sản phẩm tạm giữ", period=JUL),
    fig("ít nhất 20 cơ sở", "20", 20, "measure", "cơ sở/tháng", approx="at_least", status="target",
        subject="cơ sở kinh doanh mỹ phẩm, nước hoa kiểm tra mỗi tháng"),
]

NOTES = [
    "Province portal (Lạng Sơn): seizure of 3.624 bottles of smuggled perfume in huyện Cao Lộc; market-control results from the start of 2024.",
    "Distractors: 'Cập nhật: 14/08/2024 09:35', 'Lượt xem: 1.873', 'Đội Quản lý thị trường số 3', plate '12C-158.47', 'Quốc lộ 1A',",
    "  'Ngày 12/8', 'Nghị định số 98/2020/NĐ-CP', 'lần thứ hai' in a related link.",
    "The seizure passage (huyện Cao Lộc) gives its figures location Cao Lộc; the headline names Lạng Sơn. 'Ngày 12/8' is inherited by later sentences.",
    "'Trong đó' after a sentence break: 97/63/81 add up to 241 vụ (the vụ figure the cue follows; 2,35 tỷ counts money).",
    "'từ đầu năm đến nay' ends at the dateline 2024-08-14. 'Riêng tháng 7' takes 2024. 'mỗi tháng ... ít nhất 20 cơ sở' is a rate (cơ sở/tháng), target.",
]

if __name__ == "__main__":
    write("p1465-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Lạng Sơn")
