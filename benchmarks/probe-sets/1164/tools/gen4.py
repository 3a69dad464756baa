"""p1164-4: Bộ Y tế ministry site, national school milk and dairy supply."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Sức khỏe - Đời sống

Sữa học đường góp phần cải thiện tầm vóc trẻ em Việt Nam

Ngày đăng: 05/06/2024 | Lượt xem: 1.102

Ngày 4/6, Cục Bà mẹ và Trẻ em (Bộ Y tế) tổ chức hội nghị sơ kết Chương trình Sữa học đường theo Quyết định số 1340/QĐ-TTg. Đến hết năm 2023, cả nước có 42/63 tỉnh, thành phố triển khai chương trình với khoảng 3,1 triệu trẻ mẫu giáo và học sinh tiểu học được uống sữa. Trong đó, 11 địa phương có tỷ lệ trẻ tham gia trên 90%, gồm Hà Nội, Thái Bình, Nghệ An, Bắc Ninh, Quảng Ninh...

Địa phương có số trẻ tham gia nhiều nhất lần lượt là Hà Nội (1,08 triệu trẻ), TP Hồ Chí Minh (412.000 trẻ) và Nghệ An (206.000 trẻ).

Sữa học đường phải bổ sung 21 vi chất dinh dưỡng; hiện có 7 doanh nghiệp trúng thầu cung ứng tại các địa phương.

Theo kết quả điều tra, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi năm 2023 là 18,2%, giảm 1,4 điểm phần trăm so với năm 2020. Chiều cao trung bình của nam thanh niên 18 tuổi năm 2020 đạt 168,1 cm, nữ đạt 156,2 cm. Mục tiêu đến năm 2030, chiều cao trung bình của nam 18 tuổi đạt 170 cm, nữ đạt 159 cm.

Về nguồn cung, năm 2023 tổng đàn bò sữa cả nước đạt khoảng 335.000 con, sản lượng sữa tươi đạt 1,25 triệu tấn, tăng 6% so với năm 2022. Sản xuất trong nước hiện mới đáp ứng khoảng 40% nhu cầu tiêu dùng sữa.

Bộ Y tế đề nghị các địa phương chưa triển khai sớm bố trí ngân sách, phấn đấu đến năm 2025 có ít nhất 55 tỉnh, thành phố thực hiện chương trình.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

END23 = per("Đến hết năm 2023", None, "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
LIST = "số trẻ tham gia sữa học đường"

FIGS = [
    fig("có 42/63 tỉnh", "42", 42, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố triển khai Chương trình Sữa học đường", period=END23),
    fig("khoảng 3,1 triệu trẻ", "3,1", 3.1e6, "count", "trẻ", approx="about",
        subject="trẻ mẫu giáo và học sinh tiểu học được uống sữa", period=END23),
    fig("11 địa phương", "11", 11, "count", "địa phương", total=42,
        subject="địa phương có tỷ lệ trẻ tham gia trên 90%", period=inh(END23)),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", optional=True,
        subject="tỷ lệ trẻ tham gia (ngưỡng)"),
    fig("Hà Nội (1,08 triệu trẻ)", "1,08", 1.08e6, "count", "trẻ", subject=LIST,
        location="Hà Nội", period=inh(END23)),
    fig("Minh (412.000 trẻ)", "412.000", 412000, "count", "trẻ", subject=LIST,
        location="TP Hồ Chí Minh", period=inh(END23)),
    fig("Nghệ An (206.000 trẻ)", "206.000", 206000, "count", "trẻ", subject=LIST,
        location="Nghệ An", period=inh(END23)),
    fig("bổ sung 21 vi chất", "21", 21, "count", "vi chất",
        subject="vi chất dinh dưỡng bổ sung vào sữa học đường"),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp trúng thầu cung ứng sữa học đường"),
    fig("trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True,
        subject="tuổi của trẻ trong chỉ tiêu suy dinh dưỡng"),
    fig("là 18,2%", "18,2", 18.2, "percent", "%",
        change=chg("decrease", 1.4, "điểm phần trăm", "năm 2020"),
        subject="tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", period=Y23),
    fig("thanh niên 18 tuổi", "18", 18, "measure", "tuổi", optional=True, subject="tuổi thanh niên"),
    fig("đạt 168,1 cm", "168,1", 168.1, "measure", "cm",
        subject="chiều cao trung bình của nam thanh niên 18 tuổi", period=Y20),
    fig("nữ đạt 156,2 cm", "156,2", 156.2, "measure", "cm",
        subject="chiều cao trung bình của nữ thanh niên 18 tuổi", period=Y20),
    fig("nam 18 tuổi đạt", "18", 18, "measure", "tuổi", optional=True, subject="tuổi thanh niên"),
    fig("đạt 170 cm", "170", 170, "measure", "cm", status="target",
        subject="chiều cao trung bình của nam 18 tuổi", period=TO30),
    fig("nữ đạt 159 cm", "159", 159, "measure", "cm", status="target",
        subject="chiều cao trung bình của nữ 18 tuổi", period=TO30),
    fig("khoảng 335.000 con", "335.000", 335000, "count", "con", approx="about",
        subject="tổng đàn bò sữa cả nước", period=Y23),
    fig("1,25 triệu tấn", "1,25", 1.25e6, "measure", "tấn",
        change=chg("increase", 6, "%", "năm 2022"),
        subject="sản lượng sữa tươi", period=Y23),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ nhu cầu tiêu dùng sữa được sản xuất trong nước đáp ứng"),
    fig("ít nhất 55 tỉnh", "55", 55, "count", "tỉnh, thành phố", approx="at_least", status="target",
        subject="tỉnh, thành phố thực hiện Chương trình Sữa học đường", period=TO25),
]

NOTES = [
    "Ministry site (Bộ Y tế): 'Ngày đăng: 05/06/2024 | Lượt xem: 1.102'; address/phone footer. National article: location Việt Nam.",
    "Distractors: 'Ngày 4/6', Quyết định số 1340/QĐ-TTg, 63 in '42/63' is an attribute, 138A Giảng Võ, phone, view counter.",
    "'11 địa phương' follows 'Trong đó' after the 42 provinces (same thing, same time): total 42. The provinces listed after",
    "'gồm' do not make it provincial. 'trên 90%' is the group's threshold (optional). 'lần lượt' list: location = the province.",
    "Ages '5 tuổi', '18 tuổi' are optional. 'khoảng 40%' stands in its own sentence ('đáp ứng'): a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1164-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
