"""p1510-8: radio/TV site (Đồng Nai): market surveillance seizes wet wipes and cotton swabs in TP Biên Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐỒNG NAI TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Phát thanh

Thu giữ hàng nghìn gói khăn ướt không rõ nguồn gốc

Thứ Năm, 14/11/2024 - 18:35 | Lượt xem: 1.052

(ĐNRTV) - Ngày 13/11, Đội Quản lý thị trường số 3 phối hợp với Công an TP Biên Hòa kiểm tra kho hàng tại phường Tam Phước, phát hiện 12.600 gói khăn ướt và 4.800 hộp tăm bông không có nhãn phụ tiếng Việt, không rõ nguồn gốc, trị giá khoảng 310 triệu đồng. Trong số khăn ướt bị thu giữ có gần 5.000 gói mang nhãn hiệu giả của hai thương hiệu nổi tiếng. Các sản phẩm này được bán ra với giá dưới 10.000 đồng/gói.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng quản lý thị trường đã kiểm tra 146 vụ liên quan đến mỹ phẩm, hóa phẩm tiêu dùng, xử lý 97 vụ vi phạm, tăng 18% so với cùng kỳ; phạt hành chính hơn 1,2 tỷ đồng. Riêng tháng 10, lực lượng chức năng tiêu hủy hơn 2 tấn khăn ướt, bông tẩy trang, tăm bông kém chất lượng.

Qua lấy mẫu kiểm tra, trong 45 mẫu khăn ướt lấy tại các chợ có 13 mẫu không đạt chỉ tiêu vi sinh, chiếm 28,9%. Cơ quan chức năng khuyến cáo người tiêu dùng chọn sản phẩm có nguồn gốc rõ ràng; thông tin vi phạm xin phản ánh qua đường dây nóng 0251.3822.917.

Thanh Tâm - Minh Đức
Bản tin Thời sự 19h00

Tin cùng chuyên mục:
- Biên Hòa: Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ 2025
- Đồng Nai: Xử lý nghiêm hành vi buôn lậu, gian lận thương mại

Đài PT-TH Đồng Nai, số 81 đường Đồng Khởi, phường Tân Hiệp, TP Biên Hòa
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
OCT = per("tháng 10", "2024-10-01", "2024-10-31")
D13 = per("Ngày 13/11", "2024-11-13", "2024-11-13")
BH = "Biên Hòa"

FIGS = [
    fig("hàng nghìn gói", "hàng nghìn", 1000, "count", "gói", approx="about",
        subject="khăn ướt không rõ nguồn gốc bị thu giữ", location=BH, optional=True),
    fig("phát hiện 12.600 gói", "12.600", 12600, "count", "gói",
        subject="khăn ướt không có nhãn phụ tiếng Việt, không rõ nguồn gốc", period=D13, location=BH),
    fig("và 4.800 hộp", "4.800", 4800, "count", "hộp",
        subject="tăm bông không có nhãn phụ tiếng Việt, không rõ nguồn gốc", period=D13, location=BH),
    fig("khoảng 310 triệu", "310", 310e6, "money", "đồng", approx="about", subject="trị giá khăn ướt và tăm bông không rõ nguồn gốc",
        period=D13, location=BH),
    fig("gần 5.000 gói", "5.000", 5000, "count", "gói", approx="nearly", total=12600,
        subject="khăn ướt mang nhãn hiệu giả", period=inh(D13), location=BH),
    fig("của hai thương hiệu", "hai", 2, "count", "thương hiệu", subject="thương hiệu nổi tiếng bị làm giả",
        period=inh(D13), location=BH),
    fig("dưới 10.000 đồng", "10.000", 10000, "money", "đồng/gói", approx="under", subject="giá bán các sản phẩm này",
        location=BH),
    fig("kiểm tra 146 vụ", "146", 146, "count", "vụ", subject="vụ kiểm tra liên quan đến mỹ phẩm, hóa phẩm tiêu dùng",
        period=YTD),
    fig("xử lý 97 vụ", "97", 97, "count", "vụ", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="vụ vi phạm được xử lý", period=YTD),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="phạt hành chính", period=YTD),
    fig("hơn 2 tấn", "2", 2, "measure", "tấn", approx="over",
        subject="khăn ướt, bông tẩy trang, tăm bông kém chất lượng bị tiêu hủy", period=OCT),
    fig("trong 45 mẫu", "45", 45, "count", "mẫu", subject="mẫu khăn ướt lấy tại các chợ"),
    fig("có 13 mẫu", "13", 13, "count", "mẫu", total=45, percent=28.9,
        subject="mẫu khăn ướt không đạt chỉ tiêu vi sinh"),
]

NOTES = [
    "Radio/TV site (Đồng Nai TV): station banner, menu, 'Thứ Năm, 14/11/2024 - 18:35 | Lượt xem: 1.052', tag '(ĐNRTV) -', byline,",
    "programme line 'Bản tin Thời sự 19h00', related links, station address. Default location Đồng Nai.",
    "Distractors: 'Ngày 13/11', 18:35, Lượt xem 1.052, 'Đội Quản lý thị trường số 3', hotline 0251.3822.917, '19h00',",
    "'Tết Nguyên đán Ất Tỵ 2025' in a link title, 'số 81 đường Đồng Khởi'.",
    "The seizure in phường Tam Phước, TP Biên Hòa → location Biên Hòa for its figures; the province's figures → Đồng Nai.",
    "Headline 'hàng nghìn gói' is optional (approximate number word: value and approx not fixed by the spec).",
    "'Trong số khăn ướt bị thu giữ có gần 5.000 gói' → part of the 12.600 gói seized (a part after 'trong số' that follows the whole):",
    "total 12600. 'giá dưới 10.000 đồng/gói' → under.",
    "revised after the first run: the seizure figures get the event date 'Ngày 13/11' (2024-11-13) as period, as the shared gold",
    "does for an event day ('Ngày 10/10/2022'); scored for the three figures of that sentence, inherited for the next sentence.",
    "revised after the first run: '310 triệu' subject 'trị giá hàng hóa vi phạm' → 'trị giá khăn ướt và tăm bông không rõ nguồn gốc'",
    "(my paraphrase was not in the sentence; the value covers both goods the sentence names).",
    "'kiểm tra 146 vụ ..., xử lý 97 vụ vi phạm' → no part cue, no total. 'từ đầu năm đến nay' ends at the dateline 2024-11-14.",
    "'Riêng tháng 10' → October 2024 (year of published). 'trong 45 mẫu ... có 13 mẫu ..., chiếm 28,9%' → total 45, percent 28,9.",
]

if __name__ == "__main__":
    write("p1510-8", TEXT, NOTES, FIGS, published="2024-11-14", location="Đồng Nai")
