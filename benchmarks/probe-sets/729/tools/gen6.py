"""p729-6: national press (VnExpress style), straw bales trade in the Mekong delta."""
from lib import emit, fig, per, inh, chg

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)

Nông dân miền Tây thu thêm 2 triệu đồng mỗi ha nhờ bán rơm

Giá rơm cuộn ở Đồng bằng sông Cửu Long tăng 20-30% so với năm ngoái, nhiều thương lái đặt cọc mua rơm từ khi lúa chưa chín.

Anh Nguyễn Văn Tám, ở huyện Vĩnh Thạnh, TP Cần Thơ, vừa bán rơm của 5 ha lúa Hè Thu với giá 30.000 đồng mỗi cuộn. Mỗi ha thu được khoảng 70 cuộn, trừ chi phí cuộn 12.000 đồng/cuộn, anh lãi hơn 1,2 triệu đồng/ha.

Theo Trung tâm Khuyến nông quốc gia, năm 2023 vùng Đồng bằng sông Cửu Long có khoảng 24 triệu tấn rơm, nhưng chỉ hơn 30% được đưa ra khỏi ruộng. Giá rơm tươi tại ruộng hiện từ 500 đến 700 đồng/kg, rơm khô 1.500-2.000 đồng/kg.

Tại Long An, tỉnh có 316 tổ dịch vụ cuộn rơm với khoảng 1.100 máy. Ở Kiên Giang, một doanh nghiệp tại huyện Giồng Riềng đầu tư nhà máy viên nén rơm công suất 30.000 tấn/năm, vốn 65 tỷ đồng, dự kiến hoạt động từ quý IV/2024.

Ông Trần Văn Khởi, đại diện Cục Trồng trọt (Bộ NN&PTNT), cho biết theo ước tính, nếu 50% lượng rơm của vùng được thu gom, nông dân có thể thu thêm khoảng 6.000 tỷ đồng mỗi năm. Mục tiêu đến năm 2030, tỷ lệ rơm được thu gom ở vùng này đạt 70%.

"Rơm giờ không còn là thứ bỏ đi, bán được tiền lại không phải đốt, đồng ruộng sạch hơn", anh Tám nói.

Ngọc Tài
"""

DB = "Đồng bằng sông Cửu Long"
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

COMMENTS = [
    "National press (invented, VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. No default location.",
    "Distractors: the dateline and (GMT+7), 'Nguyễn Văn Tám' / 'anh Tám' (number word in a name), 'quý IV/2024' (date of an opening).",
    "Region figures take the region as location ('miền Tây' in the headline = Đồng bằng sông Cửu Long); the farmer's figures take his district.",
    "'tăng 20-30% so với năm ngoái' with no base amount is a percent range figure, no change.",
    "'dự kiến hoạt động từ quý IV/2024' governs only its own clause: capacity and capital of the plant are actual.",
    "'nếu 50% lượng rơm ... được thu gom' is the premise of a scenario: optional. 'theo ước tính ... khoảng 6.000 tỷ đồng' -> estimate.",
]

FIGS = [
    fig("thu thêm 2 triệu đồng mỗi ha", "2", 2000000, "money", "đồng/ha", "thu nhập thêm nhờ bán rơm", location=DB),
    fig("tăng 20-30%", "20", 20, "percent", "%", "giá rơm cuộn", value_max=30, location=DB),
    fig("của 5 ha", "5", 5, "measure", "ha", "diện tích lúa Hè Thu bán rơm", location="Vĩnh Thạnh"),
    fig("giá 30.000 đồng mỗi cuộn", "30.000", 30000, "money", "đồng/cuộn", "giá bán rơm", location="Vĩnh Thạnh"),
    fig("khoảng 70 cuộn", "70", 70, "count", "cuộn", "rơm cuộn thu được mỗi ha", approx="about", location="Vĩnh Thạnh"),
    fig("cuộn 12.000 đồng/cuộn", "12.000", 12000, "money", "đồng/cuộn", "chi phí cuộn rơm", location="Vĩnh Thạnh"),
    fig("hơn 1,2 triệu đồng/ha", "1,2", 1200000, "money", "đồng/ha", "lãi bán rơm", approx="over", location="Vĩnh Thạnh"),
    fig("khoảng 24 triệu tấn", "24", 24000000, "measure", "tấn", "rơm", Y23, approx="about", location=DB),
    fig("hơn 30% được", "30", 30, "percent", "%", "rơm được đưa ra khỏi ruộng", Y23, approx="over", location=DB),
    fig("từ 500 đến 700 đồng/kg", "500", 500, "money", "đồng/kg", "giá rơm tươi tại ruộng", value_max=700, location=DB),
    fig("1.500-2.000 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá rơm khô", value_max=2000, location=DB),
    fig("có 316 tổ", "316", 316, "count", "tổ dịch vụ cuộn rơm", "tổ dịch vụ cuộn rơm", location="Long An"),
    fig("khoảng 1.100 máy", "1.100", 1100, "count", "máy", "máy cuộn rơm", approx="about", location="Long An"),
    fig("công suất 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", "công suất nhà máy viên nén rơm", location="Giồng Riềng"),
    fig("vốn 65 tỷ đồng", "65", 65000000000, "money", "đồng", "vốn đầu tư nhà máy viên nén rơm", location="Giồng Riềng"),
    fig("nếu 50% lượng rơm", "50", 50, "percent", "%", "lượng rơm của vùng được thu gom (giả định)", location=DB, optional=True),
    fig("khoảng 6.000 tỷ đồng", "6.000", 6000000000000, "money", "đồng", "thu nhập nông dân có thể thu thêm mỗi năm",
        approx="about", status="estimate", location=DB),
    fig("đạt 70%", "70", 70, "percent", "%", "tỷ lệ rơm được thu gom", status="target",
        period=per("đến năm 2030", None, "2030-12-31"), location=DB),
]

if __name__ == "__main__":
    emit("p729-6", TEXT, COMMENTS, FIGS, published="2024-06-03")
