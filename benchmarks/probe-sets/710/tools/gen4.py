"""p710-4: Ministry of Education site - national figures on non-public education, 2023-2024."""
from lib import F, P, I, SY, CH, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tổng hợp » Giáo dục ngoài công lập

Hơn 1,1 triệu học sinh phổ thông học tại trường ngoài công lập

Ngày đăng: 21/03/2024 | Lượt xem: 1.987

Theo số liệu thống kê của Bộ Giáo dục và Đào tạo, năm học 2023-2024 cả nước có 3.845 trường mầm non ngoài công lập, chiếm 24,6% tổng số trường mầm non; cùng với đó là khoảng 16.900 nhóm, lớp độc lập tư thục. Ở giáo dục phổ thông, có 876 trường ngoài công lập, tăng 4,3% so với năm học trước, với gần 1,15 triệu học sinh, chiếm 6,7% học sinh phổ thông.

Đối với giáo dục đại học, cả nước có 67 trường đại học tư thục trên tổng số 244 cơ sở giáo dục đại học; ngoài ra có 5 trường có vốn đầu tư nước ngoài. Tỷ lệ sinh viên học tại các trường ngoài công lập đạt 24,8%, tăng 2,1 điểm phần trăm so với năm 2022.

Các địa phương có tỷ lệ học sinh phổ thông ngoài công lập cao là TP. Hồ Chí Minh (17,6%), Hà Nội (15,9%), Bình Dương (12,6%) và Đà Nẵng (9,2%). Ngược lại, có 21 tỉnh có tỷ lệ dưới 1%, chủ yếu ở miền núi phía Bắc và Tây Nguyên.

Theo Chiến lược phát triển giáo dục giai đoạn 2021-2030, đến năm 2030 phấn đấu có 30% số trường mầm non và 10% học sinh phổ thông thuộc khu vực ngoài công lập; tỷ lệ sinh viên ngoài công lập đạt khoảng 40%.

Bộ đang hoàn thiện dự thảo Nghị định sửa đổi, bổ sung Nghị định số 86/2018/NĐ-CP và Nghị định số 46/2017/NĐ-CP về điều kiện đầu tư, hoạt động trong lĩnh vực giáo dục, dự kiến trình Chính phủ trong quý II/2024.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.5144.
"""

COMMENTS = [
    "Ministry of Education and Training site, breadcrumb, `Ngày đăng: 21/03/2024 | Lượt xem: 1.987`: national non-public education figures.",
    "Not figures: Nghị định số 86/2018/NĐ-CP, 46/2017/NĐ-CP, quý II/2024 (a date for a draft), the address `35 Đại Cồ Việt`, the phone, the counter,",
    "`giai đoạn 2021-2030` inside the strategy's name (the targets' own period is `đến năm 2030`).",
    "`trên tổng số 244 cơ sở` is the total of 67 (not a figure of its own). `tăng 2,1 điểm phần trăm` is the change of the share 24,8%.",
    "Provinces in the bracketed list go to location. `tỷ lệ dưới 1%` is a threshold that defines the 21 provinces: optional.",
    "`năm học 2023-2024` read as 2023-01-01 .. 2024-12-31; the second sentence of the paragraph inherits it.",
]

SY23 = SY(2023)
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 1,1 triệu", "1,1", 1.1e6, "count", "học sinh", approx="over",
      subject="học sinh phổ thông học tại trường ngoài công lập"),
    F("có 3.845 trường", "3.845", 3845, "count", "trường", percent=24.6,
      subject="trường mầm non ngoài công lập", period=SY23),
    F("khoảng 16.900 nhóm", "16.900", 16900, "count", "nhóm, lớp", approx="about",
      subject="nhóm, lớp độc lập tư thục", period=SY23),
    F("có 876 trường", "876", 876, "count", "trường",
      change=CH("increase", 4.3, "%", "năm học trước"),
      subject="trường phổ thông ngoài công lập", period=I(SY23)),
    F("gần 1,15 triệu", "1,15", 1.15e6, "count", "học sinh", approx="nearly", percent=6.7,
      subject="học sinh trường phổ thông ngoài công lập", period=I(SY23)),
    F("có 67 trường", "67", 67, "count", "trường", total=244,
      subject="trường đại học tư thục"),
    F("có 5 trường", "5", 5, "count", "trường",
      subject="trường đại học có vốn đầu tư nước ngoài"),
    F("đạt 24,8%", "24,8", 24.8, "percent", "%",
      change=CH("increase", 2.1, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ sinh viên học tại các trường ngoài công lập"),
    F("(17,6%)", "17,6", 17.6, "percent", "%", subject="tỷ lệ học sinh phổ thông ngoài công lập",
      location="TP Hồ Chí Minh"),
    F("(15,9%)", "15,9", 15.9, "percent", "%", subject="tỷ lệ học sinh phổ thông ngoài công lập",
      location="Hà Nội"),
    F("(12,6%)", "12,6", 12.6, "percent", "%", subject="tỷ lệ học sinh phổ thông ngoài công lập",
      location="Bình Dương"),
    F("(9,2%)", "9,2", 9.2, "percent", "%", subject="tỷ lệ học sinh phổ thông ngoài công lập",
      location="Đà Nẵng"),
    F("có 21 tỉnh", "21", 21, "count", "tỉnh",
      subject="tỉnh có tỷ lệ học sinh phổ thông ngoài công lập dưới 1%"),
    F("dưới 1%", "1", 1, "percent", "%", approx="under", optional=True),
    F("có 30% số trường", "30", 30, "percent", "%", status="target",
      subject="trường mầm non thuộc khu vực ngoài công lập", period=T30),
    F("10% học sinh", "10", 10, "percent", "%", status="target",
      subject="học sinh phổ thông thuộc khu vực ngoài công lập", period=T30),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", status="target",
      subject="tỷ lệ sinh viên ngoài công lập", period=T30),
]

if __name__ == "__main__":
    emit("p710-4", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Việt Nam")
