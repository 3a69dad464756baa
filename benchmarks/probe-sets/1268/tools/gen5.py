"""p1268-5: provincial newspaper (Báo Bắc Giang): a young farmer's giun quế farm in Lạng Giang; province models."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế > Nông nghiệp

Thanh niên Lạng Giang lãi gần 600 triệu đồng mỗi năm từ nuôi giun quế

Thu Hương 09:12, 12/03/2024

Từ hai chục luống giun ban đầu, anh Hoàng Đức Thắng ở xã Tân Thanh (Lạng Giang) đã xây dựng trang trại giun quế quy mô lớn, cung cấp hàng trăm tấn phân giun cho các vùng trồng vải, rau màu trong tỉnh.

(BGĐT) - Năm 2019, sau khi tốt nghiệp đại học, anh Thắng về quê với số vốn 150 triệu đồng vay từ gia đình để nuôi giun quế trên diện tích 500 m2. Đến nay, trang trại của anh đã mở rộng lên 1,2 ha với hơn 300 luống, mỗi luống dài 25 m.

Mỗi tháng, trang trại xử lý khoảng 180 tấn phân bò, phân lợn từ các trại chăn nuôi lân cận, cho ra 60-70 tấn phân giun và 5 tấn giun sinh khối. Năm 2023, anh Thắng bán được 760 tấn phân giun với giá 2.500 đồng/kg, doanh thu hơn 2,3 tỷ đồng; sau khi trừ chi phí, lãi gần 600 triệu đồng. Trang trại tạo việc làm thường xuyên cho 8 lao động với mức lương từ 6 đến 7 triệu đồng/người/tháng. Năm nay, anh dự kiến mở rộng thêm 0,5 ha nhà lưới.

"Bón phân giun, vải thiều cho quả đều, ít sâu bệnh, năng suất tăng khoảng 15%", ông Nguyễn Văn Lực, chủ vườn vải ở huyện Lục Ngạn chia sẻ.

Theo Hội Nông dân tỉnh, toàn tỉnh hiện có 37 mô hình nuôi giun quế, trong đó 11 mô hình có quy mô trên 1.000 m2. Năm 2024, Hội phấn đấu nhân rộng thêm 10 mô hình, ưu tiên các xã có nhiều trang trại chăn nuôi tập trung.

Từ khóa: giun quế, Lạng Giang, nông dân giỏi
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NAYN = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("lãi gần 600 triệu đồng mỗi năm", "600", 600e6, "money", "đồng/năm", approx="nearly",
        subject="lãi từ nuôi giun quế", location=LG),
    fig("hai chục luống", "hai chục", 20, "count", "luống", subject="luống giun ban đầu", location=LG),
    fig("hàng trăm tấn", "hàng trăm", 100, "measure", "tấn", approx="over",
        subject="phân giun trang trại cung cấp", location=LG, optional=True),
    fig("vốn 150 triệu", "150", 150e6, "money", "đồng", subject="số vốn vay từ gia đình", period=Y19,
        location=LG),
    fig("diện tích 500 m2", "500", 500, "measure", "m2", subject="diện tích nuôi giun quế", period=Y19,
        location=LG),
    fig("lên 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích trang trại", location=LG),
    fig("hơn 300 luống", "300", 300, "count", "luống", approx="over", subject="luống giun của trang trại",
        location=LG),
    fig("dài 25 m", "25", 25, "measure", "m", subject="chiều dài mỗi luống", location=LG),
    fig("khoảng 180 tấn", "180", 180, "measure", "tấn/tháng", approx="about",
        subject="phân bò, phân lợn trang trại xử lý mỗi tháng", location=LG),
    fig("ra 60-70 tấn", "60", 60, "measure", "tấn/tháng", value_max=70,
        subject="phân giun trang trại cho ra mỗi tháng", location=LG),
    fig("và 5 tấn", "5", 5, "measure", "tấn/tháng", subject="giun sinh khối trang trại cho ra mỗi tháng",
        location=LG),
    fig("được 760 tấn", "760", 760, "measure", "tấn", subject="phân giun anh Thắng bán được", period=Y23,
        location=LG),
    fig("giá 2.500", "2.500", 2500, "money", "đồng/kg", subject="giá bán phân giun", period=Y23, location=LG),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", subject="doanh thu", period=Y23,
        location=LG),
    fig("lãi gần 600 triệu đồng. ", "600", 600e6, "money", "đồng", approx="nearly",
        subject="lãi sau khi trừ chi phí", period=Y23, location=LG),
    fig("cho 8 lao động", "8", 8, "count", "lao động", subject="lao động thường xuyên của trang trại",
        location=LG),
    fig("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="mức lương lao động của trang trại", location=LG),
    fig("thêm 0,5 ha", "0,5", 0.5, "measure", "ha", status="forecast", subject="nhà lưới mở rộng thêm",
        period=NAYN, location=LG),
    fig("tăng khoảng 15%", "15", 15, "percent", "%", approx="about", subject="năng suất vải thiều",
        location="Lục Ngạn"),
    fig("có 37 mô hình", "37", 37, "count", "mô hình", subject="mô hình nuôi giun quế"),
    fig("trong đó 11 mô hình", "11", 11, "count", "mô hình", total=37,
        subject="mô hình nuôi giun quế có quy mô trên 1.000 m2"),
    fig("trên 1.000 m2", "1.000", 1000, "measure", "m2", approx="over",
        subject="quy mô mô hình nuôi giun quế", optional=True),
    fig("thêm 10 mô hình", "10", 10, "count", "mô hình", status="target",
        subject="mô hình nuôi giun quế nhân rộng thêm", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): headline figure, byline with time and date 'Thu Hương 09:12, 12/03/2024', sapo, tag '(BGĐT) -', tags line.",
    "Northern term 'giun quế' (= trùn quế). Distractors: 09:12, the founding year 'Năm 2019' as a period only, '(BGĐT)'.",
    "'hai chục luống' = 20. 'hàng trăm tấn' (hundreds of tonnes, no figure stated) is optional: value 100, approx over.",
    "The farm passage is located in Lạng Giang; the grower's quote in huyện Lục Ngạn; the Hội Nông dân figures in Bắc Giang.",
    "'Năm 2019' gives the period of the starting capital and area; 'Đến nay', 'hiện', 'Mỗi tháng' give none. Monthly amounts → tấn/tháng.",
    "'năng suất tăng khoảng 15%' is a growth rate as the claim: percent figure, no change.",
    "'Năm nay' takes the year of the dateline (2024); 'dự kiến' → forecast.",
    "'quy mô trên 1.000 m2' is a class threshold inside the subject of the 11 models: optional.",
]

if __name__ == "__main__":
    write("p1268-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Bắc Giang")
