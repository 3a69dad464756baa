"""p1156-4: ministry site (Bộ Y tế), national figures on licensed cosmetic establishments and inspections, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Quản lý khám, chữa bệnh
Ngày đăng: 15/03/2024 | Lượt xem: 1.907

Chấn chỉnh hoạt động dịch vụ thẩm mỹ, làm đẹp trên toàn quốc

Theo báo cáo của Cục Quản lý Khám, chữa bệnh, năm 2023 cả nước có 2.914 cơ sở dịch vụ thẩm mỹ và 628 phòng khám chuyên khoa phẫu thuật thẩm mỹ được cấp phép, tăng lần lượt 11,2% và 7,5% so với năm 2022. Tuy nhiên, số cơ sở hoạt động chui, chưa được cấp phép ước tính lên tới hàng nghìn.

Trong năm, thanh tra y tế các địa phương đã kiểm tra 8.460 lượt cơ sở làm đẹp, phát hiện 1.972 cơ sở vi phạm, xử phạt trên 38 tỷ đồng. Các địa phương có số tiền xử phạt lớn là TP Hồ Chí Minh (9,6 tỷ đồng), Hà Nội (7,2 tỷ đồng) và Đà Nẵng (2,1 tỷ đồng).

Cục cũng ghi nhận 27 ca tai biến nghiêm trọng liên quan đến dịch vụ thẩm mỹ, trong đó 3 ca tử vong. Gần 70% số ca tai biến xảy ra tại cơ sở không phép hoặc do người không có chứng chỉ hành nghề thực hiện.

Đến tháng 2/2024, 52/63 tỉnh, thành phố đã công khai danh sách cơ sở thẩm mỹ được cấp phép trên cổng thông tin của Sở Y tế. Bộ Y tế đề nghị các địa phương còn lại hoàn thành trước ngày 30/6/2024 và tăng tần suất kiểm tra lên ít nhất hai lần mỗi năm đối với cơ sở có thực hiện thủ thuật xâm lấn.

Mục tiêu đến năm 2025, 100% người hành nghề thẩm mỹ có chứng chỉ hành nghề phù hợp.

Cổng thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
IN23 = per("Trong năm", "2023-01-01", "2023-12-31")
FEB = per("Đến tháng 2/2024", None, "2024-02-29")
TO25 = per("đến năm 2025", None, "2025-12-31")
FINE = "số tiền xử phạt cơ sở làm đẹp vi phạm"
LIST = "số tiền xử phạt"  # the list's indicator, as the list sentence names it (revised after the first run)

FIGS = [
    fig("có 2.914 cơ sở", "2.914", 2914, "count", "cơ sở dịch vụ thẩm mỹ",
        change=chg("increase", 11.2, "%", "năm 2022"),
        subject="cơ sở dịch vụ thẩm mỹ được cấp phép", period=Y23),
    fig("và 628 phòng khám", "628", 628, "count", "phòng khám",
        change=chg("increase", 7.5, "%", "năm 2022"),
        subject="phòng khám chuyên khoa phẫu thuật thẩm mỹ được cấp phép", period=Y23),
    fig("lên tới hàng nghìn", "nghìn", 1000, "count", "cơ sở", approx="about", status="estimate",
        optional=True, subject="cơ sở hoạt động chui, chưa được cấp phép"),
    fig("kiểm tra 8.460 lượt", "8.460", 8460, "count", "lượt cơ sở",
        subject="lượt cơ sở làm đẹp được thanh tra y tế kiểm tra", period=IN23),
    fig("phát hiện 1.972 cơ sở", "1.972", 1972, "count", "cơ sở", subject="cơ sở làm đẹp vi phạm", period=IN23),
    fig("trên 38 tỷ", "38", 38000000000, "money", "đồng", approx="over", subject=FINE, period=IN23),
    fig("Minh (9,6 tỷ", "9,6", 9600000000, "money", "đồng", subject=LIST, period=inh(IN23),
        location="TP Hồ Chí Minh"),
    fig("Hà Nội (7,2 tỷ", "7,2", 7200000000, "money", "đồng", subject=LIST, period=inh(IN23), location="Hà Nội"),
    fig("Đà Nẵng (2,1 tỷ", "2,1", 2100000000, "money", "đồng", subject=LIST, period=inh(IN23), location="Đà Nẵng"),
    fig("ghi nhận 27 ca", "27", 27, "count", "ca", subject="ca tai biến nghiêm trọng liên quan đến dịch vụ thẩm mỹ",
        period=inh(IN23)),
    fig("trong đó 3 ca", "3", 3, "count", "ca", total=27, subject="ca tai biến tử vong", period=inh(IN23)),
    fig("Gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="số ca tai biến xảy ra tại cơ sở không phép hoặc do người không có chứng chỉ hành nghề thực hiện",
        period=inh(IN23)),
    fig("52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã công khai danh sách cơ sở thẩm mỹ được cấp phép", period=FEB),
    fig("ít nhất hai lần", "hai", 2, "measure", "lần/năm", approx="at_least", status="target",
        subject="tần suất kiểm tra cơ sở có thực hiện thủ thuật xâm lấn"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="người hành nghề thẩm mỹ có chứng chỉ hành nghề phù hợp", period=TO25),
]

NOTES = [
    "Ministry site (Bộ Y tế portal), 'Ngày đăng: 15/03/2024 | Lượt xem: 1.907' (published); address and phone footer.",
    "revised: the three list items take the list's indicator 'số tiền xử phạt' (was 'số tiền xử phạt cơ sở làm đẹp vi phạm').",
    "National: location Việt Nam; the list 'TP Hồ Chí Minh (9,6 tỷ đồng), Hà Nội (…), Đà Nẵng (…)' gives each item its place.",
    "'tăng lần lượt 11,2% và 7,5%' distributes one change to each of the two counts before it.",
    "'ước tính lên tới hàng nghìn' is vague (optional; number word 'nghìn'). 'Trong năm' takes 2023 from the previous sentence.",
    "52/63 → total 63; 'Đến tháng 2/2024' is an as-of month (end 2024-02-29). 'ít nhất hai lần mỗi năm' is a requested",
    "frequency (measure lần/năm, target). Distractors: 'trước ngày 30/6/2024' (deadline), '138A Giảng Võ', phone, counter.",
]

if __name__ == "__main__":
    write("p1156-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
