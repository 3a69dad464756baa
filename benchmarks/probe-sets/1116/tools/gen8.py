"""p1116-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BGĐT) -' tag, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử > Xã hội > Lao động - Việc làm

Hơn 85% học viên nghề sửa chữa ô tô có việc làm

Cập nhật lúc 15:10, Thứ Năm, 11/07/2024

(BGĐT) - 6 tháng đầu năm, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh tuyển sinh 1.022 học viên nhóm nghề công nghệ ô tô, sửa chữa xe máy, bằng 52,4% kế hoạch năm, tăng 96 học viên so với cùng kỳ. Số học viên tốt nghiệp đạt 874 người, trong đó hơn 85% có việc làm ngay, với mức lương khởi điểm 6-8 triệu đồng/tháng.

Các huyện có số học viên đông là Lạng Giang, Yên Dũng và Hiệp Hòa với lần lượt 164, 152 và 139 học viên. Tại Trường Cao đẳng Kỹ thuật Công nghiệp (số 202 đường Trần Nguyên Hãn, TP Bắc Giang), gần 40% học viên được doanh nghiệp nhận vào làm từ khi đang thực tập năm thứ hai.

Cùng với đào tạo, tỉnh hiện có 1.420 cơ sở sửa chữa ô tô, xe máy đăng ký hoạt động, tăng 5,6% so với cuối năm 2023. Bình quân mỗi cơ sở sử dụng 3-4 lao động. Tiền công bảo dưỡng định kỳ xe máy phổ biến từ 80.000 đến 150.000 đồng/lượt. Riêng TP Bắc Giang có 27 gara ô tô đạt chuẩn 3S của các hãng.

6 tháng cuối năm, tỉnh dự kiến mở thêm 35 lớp đào tạo nghề sửa chữa ô tô, xe máy, phấn đấu cả năm tuyển sinh 1.950 học viên. Tỉnh tiếp tục hỗ trợ 100% học phí cho học viên là người khuyết tật, người thuộc hộ nghèo.

Thu Hà
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
LIST = "học viên nhóm nghề công nghệ ô tô, sửa chữa xe máy tuyển sinh"

FIGS = [
    F("Hơn 85%", "85", 85, "percent", "%", approx="over",
      subject="học viên nghề sửa chữa ô tô có việc làm"),
    F("tuyển sinh 1.022 học viên", "1.022", 1022, "count", "học viên", percent=52.4,
      change=C("increase", 96, "học viên", "cùng kỳ"),
      subject="học viên nhóm nghề công nghệ ô tô, sửa chữa xe máy tuyển sinh", period=H1),
    F("đạt 874 người", "874", 874, "count", "người", subject="học viên tốt nghiệp", period=I(H1)),
    F("trong đó hơn 85%", "85", 85, "percent", "%", approx="over",
      subject="học viên tốt nghiệp có việc làm ngay", period=I(H1)),
    F("6-8 triệu", "6", 6000000, "money", "đồng/tháng", value_max=8000000,
      subject="mức lương khởi điểm", period=I(H1)),
    F("lần lượt 164", "164", 164, "count", "học viên", subject=LIST, period=I(H1), location="Lạng Giang"),
    F("164, 152", "152", 152, "count", "học viên", subject=LIST, period=I(H1), location="Yên Dũng"),
    F("và 139 học viên", "139", 139, "count", "học viên", subject=LIST, period=I(H1), location="Hiệp Hòa"),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="học viên được doanh nghiệp nhận vào làm từ khi đang thực tập"),
    F("có 1.420 cơ sở", "1.420", 1420, "count", "cơ sở",
      change=C("increase", 5.6, "%", "cuối năm 2023"),
      subject="cơ sở sửa chữa ô tô, xe máy đăng ký hoạt động"),
    F("sử dụng 3-4 lao động", "3", 3, "measure", "lao động/cơ sở", value_max=4,
      subject="lao động bình quân mỗi cơ sở"),
    F("từ 80.000 đến 150.000", "80.000", 80000, "money", "đồng/lượt", value_max=150000,
      subject="tiền công bảo dưỡng định kỳ xe máy"),
    F("có 27 gara", "27", 27, "count", "gara", subject="gara ô tô đạt chuẩn 3S của các hãng", location="Bắc Giang"),
    F("thêm 35 lớp", "35", 35, "count", "lớp", status="forecast",
      subject="lớp đào tạo nghề sửa chữa ô tô, xe máy mở thêm", period=H2),
    F("tuyển sinh 1.950 học viên", "1.950", 1950, "count", "học viên", status="target",
      subject="học viên tuyển sinh", period=YR),
    F("hỗ trợ 100% học phí", "100", 100, "percent", "%",
      subject="hỗ trợ học phí cho học viên là người khuyết tật, người thuộc hộ nghèo"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang): headline figure 'Hơn 85%', 'Cập nhật lúc 15:10, Thứ Năm, 11/07/2024', tag '(BGĐT) -'.",
    "Only 'tỉnh' is written; the paper's tag and the districts (Lạng Giang, Yên Dũng, Hiệp Hòa) imply Bắc Giang.",
    "Year-less '6 tháng đầu năm', '6 tháng cuối năm', 'cả năm' take 2024 from published. 'lần lượt 164, 152 và 139' shares the indicator.",
    "Distractors: 'số 202 đường Trần Nguyên Hãn', 'chuẩn 3S', 'năm thứ hai' (ordinal), time 15:10. The hơn 85% after 'trong đó' is a percent figure",
    "(a share of the 874 graduates), not an attribute. The 100% tuition support is standing policy ('tiếp tục'): actual, no period.",
]

if __name__ == "__main__":
    write("p1116-8", TEXT, NOTES, FIGS, published="2024-07-11", location="Bắc Giang")
