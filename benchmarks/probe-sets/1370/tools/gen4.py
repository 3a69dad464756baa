"""p1370-4: provincial newspaper (Báo Bắc Giang, tag '(BGĐT) -'): fake Castrol motor oil seized in Lạng Giang; province results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa

Lạng Giang: Thu giữ gần 3.000 chai dầu nhớt nghi giả nhãn hiệu Castrol
Thứ Ba, 21/05/2024 | 16:10

Lô hàng trị giá hơn 380 triệu đồng là vụ việc lớn nhất về hàng giả mà lực lượng quản lý thị trường tỉnh phát hiện từ đầu năm đến nay.

(BGĐT) - Chiều 20/5, Đội QLTT số 4 (Cục QLTT tỉnh Bắc Giang) phối hợp với Công an huyện Lạng Giang kiểm tra cửa hàng phụ tùng ô tô, xe máy tại thị trấn Vôi. Tại đây, tổ công tác phát hiện 2.936 chai dầu nhớt mang nhãn hiệu Castrol GTX 20W-50 và Castrol Power1 4T có dấu hiệu giả mạo, cùng 415 bộ má phanh, 120 bugi xe máy không rõ nguồn gốc.

Chủ cửa hàng khai nhận đã nhập số dầu nhớt trên từ đầu mối ở Hà Nội với giá từ 45.000 đến 55.000 đồng/chai, rồi bán lại cho các tiệm sửa xe trong tỉnh.

Theo Cục QLTT tỉnh Bắc Giang, từ đầu năm đến nay, lực lượng QLTT đã kiểm tra 386 vụ, xử lý 302 vụ vi phạm, phạt tiền hơn 2,1 tỷ đồng. Trong đó, 19 vụ kinh doanh dầu nhớt, phụ tùng xe máy giả mạo nhãn hiệu, tăng 6 vụ so với cùng kỳ năm trước. Trị giá hàng hóa vi phạm bị tịch thu gần 900 triệu đồng.

Ông Trần Văn Khải, Cục trưởng Cục QLTT tỉnh cho biết, dự kiến trong tháng 6, Cục sẽ phối hợp với các huyện tổ chức 2 đợt tiêu hủy hàng giả với khối lượng khoảng 12 tấn; đồng thời phấn đấu đến cuối năm 2024 kiểm tra ít nhất 70% cửa hàng phụ tùng, dầu nhớt trên địa bàn tỉnh.

HÀ LINH
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-05-21")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")
EOY = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("gần 3.000 chai", "3.000", 3000, "count", "chai", approx="nearly",
        subject="chai dầu nhớt nghi giả nhãn hiệu Castrol thu giữ", location="Lạng Giang"),
    fig("hơn 380 triệu", "380", 380e6, "money", "đồng", approx="over", subject="trị giá lô hàng",
        location="Lạng Giang"),
    fig("phát hiện 2.936 chai", "2.936", 2936, "count", "chai",
        subject="chai dầu nhớt có dấu hiệu giả mạo", location="Lạng Giang"),
    fig("cùng 415 bộ", "415", 415, "count", "bộ má phanh", subject="bộ má phanh không rõ nguồn gốc",
        location="Lạng Giang"),
    fig("120 bugi", "120", 120, "count", "bugi", subject="bugi xe máy không rõ nguồn gốc", location="Lạng Giang"),
    fig("từ 45.000 đến 55.000", "45.000", 45000, "money", "đồng/chai", value_max=55000,
        subject="giá nhập dầu nhớt", location="Lạng Giang"),
    fig("kiểm tra 386 vụ", "386", 386, "count", "vụ", subject="vụ kiểm tra của lực lượng QLTT", period=YTD),
    fig("xử lý 302 vụ", "302", 302, "count", "vụ", subject="vụ vi phạm xử lý", period=YTD),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over", subject="tiền phạt", period=YTD),
    fig("Trong đó, 19 vụ", "19", 19, "count", "vụ", total=302, change=chg("increase", 6, "vụ", "cùng kỳ năm trước"),
        subject="vụ kinh doanh dầu nhớt, phụ tùng xe máy giả mạo nhãn hiệu", period=inh(YTD)),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly",
        subject="trị giá hàng hóa vi phạm bị tịch thu", period=inh(YTD)),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast", subject="đợt tiêu hủy hàng giả", period=M6),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about", status="forecast",
        subject="khối lượng hàng giả tiêu hủy", period=M6),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="cửa hàng phụ tùng, dầu nhớt trên địa bàn tỉnh được kiểm tra", period=EOY),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, headline, 'Thứ Ba, 21/05/2024 | 16:10' (published), sapo, tag '(BGĐT) -', byline at the end.",
    "The headline names Lạng Giang; the seizure passage (headline, sapo value, body lot, purchase price) → location Lạng Giang; province totals → Bắc Giang.",
    "The sapo's 'từ đầu năm đến nay' qualifies 'vụ việc lớn nhất', not the lot's value: no period for 380 triệu.",
    "'Trong đó, 19 vụ ...' (after a sentence break) is part of the 302 vụ processed; 'tăng 6 vụ so với cùng kỳ năm trước' → change in vụ.",
    "'dự kiến trong tháng 6 ...' → forecast (2 đợt, khoảng 12 tấn); '; đồng thời phấn đấu đến cuối năm 2024 ...' → target, as-of end 2024-12-31.",
    "Distractors: 21/05/2024 16:10, Chiều 20/5, Đội QLTT số 4, 'Castrol GTX 20W-50', 'Power1 4T'.",
]

if __name__ == "__main__":
    write("p1370-4", TEXT, NOTES, FIGS, published="2024-05-21", location="Bắc Giang")
