"""p1416-4: provincial newspaper (Báo Quảng Nam), a child's transplant costs and thalassemia in the province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Xã hội | Sức khỏe | Kinh tế

Hơn 1 tỷ đồng cho hành trình ghép tủy của bé Ngọc Hân

Thứ Hai, 12/08/2024 | 07:15

(QNO) - Sau nhiều năm chống chọi với bệnh tan máu bẩm sinh (thalassemia), bé Nguyễn Ngọc Hân (9 tuổi, trú xã Tam Xuân 1, huyện Núi Thành) vừa được ghép tế bào gốc tạo máu thành công. Tổng chi phí điều trị của em đã lên tới hơn 1 tỷ đồng.

Theo gia đình, riêng ca ghép có chi phí khoảng 650 triệu đồng, bảo hiểm y tế chi trả khoảng 40%; để có tiền, gia đình đã vay mượn gần 400 triệu đồng. Hội Chữ thập đỏ huyện cùng các nhà hảo tâm hỗ trợ 235 triệu đồng, Quỹ Bảo trợ trẻ em tỉnh hỗ trợ thêm 50 triệu đồng.

Theo Sở Y tế, toàn tỉnh hiện có khoảng 1.300 người mắc thalassemia, trong đó hơn 450 trẻ em phải truyền máu định kỳ từ 1 đến 2 lần mỗi tháng. 6 tháng đầu năm 2024, các bệnh viện trong tỉnh đã truyền 3.860 đơn vị máu cho người bệnh thalassemia, tăng 12,5% so với cùng kỳ năm trước.

Bác sĩ Phan Thị Mỹ Linh, Trưởng khoa Huyết học Bệnh viện Đa khoa Trung ương Quảng Nam, cho biết ghép tế bào gốc là phương pháp duy nhất có thể chữa khỏi thalassemia, với tỷ lệ thành công đạt 85-90% nếu có người hiến phù hợp. Tuy nhiên, chỉ khoảng 25% người bệnh tìm được người cho phù hợp HLA trong gia đình.

Hiện Quỹ Bảo trợ trẻ em tỉnh hỗ trợ mỗi ca ghép 50 triệu đồng; mục tiêu đến năm 2025 có thêm 10 trẻ thalassemia được ghép.

HỒ QUÂN

Tags: ghép tủy, thalassemia, Núi Thành
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
NT = "Núi Thành"

FIGS = [
    fig("Hơn 1 tỷ", "1", 1e9, "money", "đồng", approx="over", subject="hành trình ghép tủy của bé Ngọc Hân",
        location=NT),
    fig("9 tuổi", "9", 9, "measure", "tuổi", subject="tuổi bé Nguyễn Ngọc Hân", location=NT, optional=True),
    fig("lên tới hơn 1 tỷ", "1", 1e9, "money", "đồng", approx="over", subject="tổng chi phí điều trị của em",
        location=NT),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about", subject="chi phí ca ghép",
        location=NT),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="bảo hiểm y tế chi trả", location=NT),
    fig("gần 400 triệu", "400", 400e6, "money", "đồng", approx="nearly", subject="gia đình đã vay mượn",
        location=NT),
    fig("hỗ trợ 235 triệu", "235", 235e6, "money", "đồng",
        subject="Hội Chữ thập đỏ huyện cùng các nhà hảo tâm hỗ trợ", location=NT),
    fig("thêm 50 triệu", "50", 50e6, "money", "đồng", subject="Quỹ Bảo trợ trẻ em tỉnh hỗ trợ thêm",
        location=NT),
    fig("khoảng 1.300 người", "1.300", 1300, "count", "người", approx="about", subject="người mắc thalassemia"),
    fig("hơn 450 trẻ", "450", 450, "count", "trẻ em", approx="over", total=1300,
        subject="trẻ em phải truyền máu định kỳ"),
    fig("từ 1 đến 2 lần", "1", 1, "measure", "lần/tháng", value_max=2, subject="truyền máu định kỳ"),
    fig("truyền 3.860 đơn vị", "3.860", 3860, "count", "đơn vị máu",
        change=chg("increase", 12.5, "%", "cùng kỳ năm trước"),
        subject="đơn vị máu truyền cho người bệnh thalassemia", period=H1),
    fig("đạt 85-90%", "85", 85, "percent", "%", value_max=90, subject="tỷ lệ thành công ghép tế bào gốc"),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="người bệnh tìm được người cho phù hợp HLA trong gia đình"),
    fig("ca ghép 50 triệu", "50", 50e6, "money", "đồng/ca", subject="Quỹ Bảo trợ trẻ em tỉnh hỗ trợ mỗi ca ghép"),
    fig("thêm 10 trẻ", "10", 10, "count", "trẻ", status="target", subject="trẻ thalassemia được ghép",
        period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): menu, headline figure, 'Thứ Hai, 12/08/2024 | 07:15', tag '(QNO) -', byline, tags.",
    "Distractors: 'xã Tam Xuân 1' (a name with a number), dateline and time, 'cùng kỳ năm trước'.",
    "The child's passage (headline, costs, loans, donations) describes a family of huyện Núi Thành → location Núi Thành, as a firm",
    "placed in a district gives the district to its passage. Province figures ('toàn tỉnh', 'các bệnh viện trong tỉnh') → Quảng Nam.",
    "Optional: '9 tuổi' in the name bracket (an identifying description of the child, not a claim).",
    "'bảo hiểm y tế chi trả khoảng 40%' has its own verb → percent figure, not an attribute of the 650 triệu.",
    "'hơn 450 trẻ em' after 'trong đó' → total 1.300. 'từ 1 đến 2 lần mỗi tháng' → measure lần/tháng, range.",
    "The doctor's general statements (85-90%, 25%) keep the article's province. 'mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1416-4", TEXT, NOTES, FIGS, published="2024-08-12", location="Quảng Nam")
