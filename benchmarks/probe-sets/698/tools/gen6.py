"""p698-6: national press (VnExpress style), autism in Việt Nam, World Autism Awareness Day 2024."""
from lib import fig, period, inh, change, write

TEXT = """Sức khỏe › Các bệnh
Thứ ba, 2/4/2024, 06:00 (GMT+7)

Ước tính hơn một triệu người Việt mắc rối loạn phổ tự kỷ

Khoảng 1% dân số có thể mắc rối loạn phổ tự kỷ, song phần lớn trẻ được phát hiện muộn, theo các chuyên gia nhân Ngày Thế giới nhận thức về tự kỷ 2/4.

Khảo sát của Bệnh viện Nhi Trung ương tại 7 tỉnh, thành phố trên hơn 8.000 trẻ từ 18 đến 30 tháng tuổi cho thấy tỷ lệ mắc rối loạn phổ tự kỷ là 0,758%, tức cứ khoảng 132 trẻ có một trẻ mắc.

Năm 2023, khoa Tâm thần của bệnh viện tiếp nhận gần 14.500 lượt khám liên quan đến tự kỷ, gấp 3 lần so với năm 2018. Trong đó, trẻ dưới 36 tháng tuổi chiếm 38,2%, so với mức 21% năm 2018.

Theo Bộ Lao động - Thương binh và Xã hội, cả nước có khoảng 6,2 triệu người khuyết tật từ 2 tuổi trở lên, chiếm 7,06% dân số; trẻ em khuyết tật chiếm khoảng 11% số này. Tính đến tháng 12/2023, cả nước có khoảng 42.000 học sinh tự kỷ học hòa nhập tại các trường phổ thông, tăng 12% so với cùng kỳ.

Tại TP Hồ Chí Minh, chi phí can thiệp ở các trung tâm tư nhân dao động 6-10 triệu đồng mỗi tháng. Trong khi đó, mức trợ cấp xã hội hằng tháng theo quy định chung cho trẻ khuyết tật nặng chỉ là 900.000 đồng. Tổng đài quốc gia bảo vệ trẻ em 111 thời gian qua cũng nhận nhiều cuộc gọi của phụ huynh cần tư vấn về trẻ tự kỷ.

Bộ Y tế đặt mục tiêu đến năm 2030 có 90% trẻ em dưới 6 tuổi được sàng lọc sớm các rối loạn phát triển, trong đó có tự kỷ.

Lê Nga
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("hơn một triệu", "một", 1e6, "count", "người", "người Việt mắc rối loạn phổ tự kỷ",
        approx="over", status="estimate"),
    fig("Khoảng 1%", "1", 1, "percent", "%", "dân số có thể mắc rối loạn phổ tự kỷ", approx="about"),
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    fig("hơn 8.000 trẻ", "8.000", 8000, "count", "trẻ", "trẻ được khảo sát", approx="over"),
    fig("từ 18 đến 30 tháng", "18", 18, "measure", "tháng tuổi", value_max=30, optional=True),
    fig("là 0,758%", "0,758", 0.758, "percent", "%", "tỷ lệ mắc rối loạn phổ tự kỷ"),
    fig("khoảng 132 trẻ", "132", 132, "count", "trẻ", approx="about", optional=True),
    fig("có một trẻ mắc", "một", 1, "count", "trẻ", optional=True),
    fig("gần 14.500 lượt", "14.500", 14500, "count", "lượt khám",
        "lượt khám liên quan đến tự kỷ khoa Tâm thần tiếp nhận", Y23, approx="nearly",
        change=change("increase", 3, "lần", "năm 2018")),
    fig("dưới 36 tháng", "36", 36, "measure", "tháng tuổi", approx="under", optional=True),
    fig("chiếm 38,2%", "38,2", 38.2, "percent", "%", "trẻ dưới 36 tháng tuổi trong số lượt khám liên quan đến tự kỷ",
        inh(Y23)),
    fig("mức 21%", "21", 21, "percent", "%", "trẻ dưới 36 tháng tuổi trong số lượt khám liên quan đến tự kỷ",
        period("năm 2018", "2018-01-01", "2018-12-31")),
    fig("khoảng 6,2 triệu", "6,2", 6.2e6, "count", "người", "người khuyết tật từ 2 tuổi trở lên",
        approx="about", percent=7.06),
    fig("từ 2 tuổi trở lên", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    fig("khoảng 11%", "11", 11, "percent", "%", "trẻ em khuyết tật trong số người khuyết tật", approx="about"),
    fig("khoảng 42.000", "42.000", 42000, "count", "học sinh", "học sinh tự kỷ học hòa nhập tại các trường phổ thông",
        period("Tính đến tháng 12/2023", end="2023-12-31"), approx="about",
        change=change("increase", 12, "%", "cùng kỳ")),
    fig("6-10 triệu", "6", 6e6, "money", "đồng/tháng", "chi phí can thiệp ở các trung tâm tư nhân",
        value_max=10e6, location="TP Hồ Chí Minh"),
    fig("900.000 đồng", "900.000", 900000, "money", "đồng",
        "mức trợ cấp xã hội hằng tháng cho trẻ khuyết tật nặng"),
    fig("có 90% trẻ", "90", 90, "percent", "%", "trẻ em dưới 6 tuổi được sàng lọc sớm các rối loạn phát triển",
        period("đến năm 2030", end="2030-12-31"), status="target"),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
]

NOTES = [
    "National press (VnExpress style): autism prevalence, hospital caseload, disability numbers, costs, 2030 screening target.",
    "Dateline 'Thứ ba, 2/4/2024, 06:00 (GMT+7)' (published), byline at the end. National -> location Việt Nam; the",
    "national hospital's figures stay Việt Nam (no city named); the private-centre cost is TP Hồ Chí Minh (named in its sentence).",
    "Not figures: '2/4' (the day's name), '(GMT+7)', 'Tổng đài … 111' (a phone number).",
    "Optional: age brackets (18-30 / dưới 36 tháng tuổi, từ 2 tuổi trở lên, dưới 6 tuổi) and the restated ratio 'cứ khoảng 132 trẻ có một trẻ'.",
    "'Ước tính hơn một triệu' -> estimate, over, number word 'một' × triệu. 'gấp 3 lần so với năm 2018' after a count is its change",
    "(increase, 3 lần; spec: a multiple is a figure only 'standing alone as the claim'). 'so với mức 21% năm 2018' is a level of its own.",
    "'chiếm 7,06% dân số' is the percent of 6,2 triệu; 'trẻ em khuyết tật chiếm khoảng 11% số này' is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p698-6", TEXT, NOTES, FIGS, published="2024-04-02", location="Việt Nam")
