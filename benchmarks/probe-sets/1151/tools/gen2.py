"""p1151-2: huyện Đức Hòa (Long An) district portal. Q1/2024 hiring and wages at mattress/bedding firms, a plant in xã Mỹ Hạnh Nam, fire checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN

Trang chủ | Tin tức | Kinh tế

Doanh nghiệp nệm, chăn ga gối tuyển mới gần 1.300 lao động trong quý I

Ngày đăng: 08/04/2024 | Tác giả: Minh Tâm

Theo Phòng Kinh tế và Hạ tầng huyện, trên địa bàn huyện hiện có 19 doanh nghiệp sản xuất nệm, chăn ga gối hoạt động trong các khu, cụm công nghiệp. Quý I/2024, các doanh nghiệp này đã tuyển mới 1.284 lao động, tăng 236 người so với cùng kỳ năm 2023, nâng tổng số lao động của ngành lên 9.460 người (trong đó lao động nữ 6.120 người, lao động là người địa phương 4.870 người).

Thu nhập bình quân của công nhân trực tiếp sản xuất từ 7,5 đến 9 triệu đồng/người/tháng; thợ may vỏ nệm, thợ chần gòn lành nghề đạt trên 11 triệu đồng/người/tháng. Thưởng Tết Nguyên đán Giáp Thìn bình quân 1,3 tháng lương, mức cao nhất 35 triệu đồng/người.

Tại Cụm công nghiệp Hoàng Gia (xã Mỹ Hạnh Nam), Công ty TNHH Chăn ga gối Việt Hàn có 1.150 công nhân, mỗi ngày sản xuất khoảng 6.000 bộ chăn ga gối xuất sang Nhật Bản và Australia. Công ty vừa khánh thành nhà xưởng thứ 3 rộng 12.000 m2, vốn đầu tư 85 tỷ đồng, dự kiến tuyển thêm 300 lao động trong 6 tháng cuối năm.

Trong tháng 3, Đội Cảnh sát PCCC và CNCH Công an huyện kiểm tra an toàn PCCC tại 14 cơ sở sản xuất nệm, mút xốp; qua kiểm tra đã hướng dẫn 5 cơ sở khắc phục tồn tại về lối thoát nạn, hệ thống báo cháy tự động. Năm 2024, huyện phấn đấu 100% doanh nghiệp ngành nệm, chăn ga gối được kiểm tra PCCC ít nhất hai lần/năm.

Địa chỉ: Số 2 đường Hùng Vương, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.368
"""

Q1H = per("trong quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
M3 = per("Trong tháng 3", "2024-03-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 1.300 lao động", "1.300", 1300, "count", "lao động", approx="nearly", period=Q1H,
        subject="lao động doanh nghiệp nệm, chăn ga gối tuyển mới"),
    fig("hiện có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất nệm, chăn ga gối hoạt động trong các khu, cụm công nghiệp"),
    fig("tuyển mới 1.284 lao động", "1.284", 1284, "count", "lao động", period=Q1,
        change=chg("increase", 236, "người", "cùng kỳ năm 2023"),
        subject="lao động doanh nghiệp sản xuất nệm, chăn ga gối tuyển mới"),
    fig("lên 9.460 người", "9.460", 9460, "count", "người", period=Q1,
        subject="tổng số lao động của ngành"),
    fig("nữ 6.120 người", "6.120", 6120, "count", "người", total=9460, period=Q1,
        subject="lao động nữ"),
    fig("phương 4.870 người", "4.870", 4870, "count", "người", total=9460, period=Q1,
        subject="lao động là người địa phương"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của công nhân trực tiếp sản xuất"),
    fig("trên 11 triệu", "11", 11e6, "money", "đồng/người/tháng", approx="over",
        subject="thu nhập thợ may vỏ nệm, thợ chần gòn lành nghề"),
    fig("bình quân 1,3 tháng lương", "1,3", 1.3, "measure", "tháng lương",
        subject="thưởng Tết Nguyên đán Giáp Thìn bình quân"),
    fig("cao nhất 35 triệu", "35", 35e6, "money", "đồng/người",
        subject="mức thưởng Tết cao nhất"),
    fig("có 1.150 công nhân", "1.150", 1150, "count", "công nhân",
        subject="công nhân Công ty TNHH Chăn ga gối Việt Hàn"),
    fig("khoảng 6.000 bộ", "6.000", 6000, "measure", "bộ chăn ga gối/ngày", approx="about",
        subject="bộ chăn ga gối sản xuất mỗi ngày"),
    fig("rộng 12.000 m2", "12.000", 12000, "measure", "m2",
        subject="diện tích nhà xưởng"),
    fig("vốn đầu tư 85 tỷ", "85", 85e9, "money", "đồng",
        subject="vốn đầu tư nhà xưởng"),
    fig("thêm 300 lao động", "300", 300, "count", "lao động", status="forecast", period=H2,
        subject="lao động công ty tuyển thêm"),
    fig("tại 14 cơ sở", "14", 14, "count", "cơ sở", period=M3,
        subject="cơ sở sản xuất nệm, mút xốp được kiểm tra an toàn PCCC"),
    fig("hướng dẫn 5 cơ sở", "5", 5, "count", "cơ sở", period=M3,
        subject="cơ sở được hướng dẫn khắc phục tồn tại về lối thoát nạn, hệ thống báo cháy tự động"),
    fig("phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%", status="target", period=Y24,
        subject="doanh nghiệp ngành nệm, chăn ga gối được kiểm tra PCCC"),
    fig("ít nhất hai lần/năm", "hai", 2, "measure", "lần/năm", approx="at_least", status="target",
        optional=True, subject="số lần kiểm tra PCCC"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): header, 'Ngày đăng: 08/04/2024 | Tác giả: Minh Tâm', address and phone footer.",
    "Distractors: 'nhà xưởng thứ 3' (ordinal), 'Số 2 đường Hùng Vương', phone 0272.3850.368, 'Giáp Thìn', 'Trong tháng 3' (a period).",
    "Default location is the district. The commune xã Mỹ Hạnh Nam lies in Đức Hòa, so the plant's figures stay Đức Hòa.",
    "Headline 'trong quý I' takes its year from the published date (no earlier date). 'Trong tháng 3' takes 2024 from 'Quý I/2024'.",
    "6.120 and 4.870 are parts of 9.460 ('trong đó' in the bracket; they overlap, each is a part). 5 cơ sở has no cue: no total.",
    "'ít nhất hai lần/năm' defines the target's indicator (threshold): optional. Daily output is a rate (bộ chăn ga gối/ngày).",
]

if __name__ == "__main__":
    write("p1151-2", TEXT, NOTES, FIGS, published="2024-04-08", location="Đức Hòa")
