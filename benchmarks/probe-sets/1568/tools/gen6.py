"""p1568-6: national newspaper: instant-noodle prices rise, consumers trade down."""
from lib import F, P, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 14/5/2024, 10:25 (GMT+7)

Giá mì gói tăng, người tiêu dùng chuyển sang hàng giá rẻ

Nhiều nhãn mì ăn liền phổ thông tăng giá 300-500 đồng mỗi gói từ đầu tháng 5, mức tăng thứ hai trong vòng một năm.

Tại một siêu thị trên đường Nguyễn Trãi (quận Thanh Xuân, Hà Nội), thùng mì 30 gói loại phổ thông hiện có giá 118.000-125.000 đồng, tăng khoảng 8.000 đồng so với đầu năm. Mì ly có giá 9.500-12.000 đồng/ly.

Theo đại diện Công ty cổ phần Thực phẩm Sen Vàng, giá bột mì, dầu cọ và bao bì tăng 12-18% so với cùng kỳ, chiếm khoảng 60% giá thành mỗi gói mì. Quý I, doanh thu của công ty đạt 2.315 tỷ đồng, tăng 4,5% so với cùng kỳ năm 2023, nhưng lợi nhuận sau thuế giảm 21%, còn 96 tỷ đồng.

Khảo sát của Công ty Nghiên cứu thị trường Đông Dương với 1.200 người tiêu dùng tại 5 thành phố lớn cho thấy 64% người được hỏi vẫn ăn mì gói hằng tuần, trong khi 27% cho biết đã chuyển sang các nhãn hàng rẻ hơn.

Theo ước tính của các doanh nghiệp, quy mô thị trường mì ăn liền trong nước năm 2023 khoảng 2,7 tỷ USD (tương đương hơn 65.000 tỷ đồng). Thị phần của các nhãn hàng dẫn đầu lần lượt là 34%, 17% và 9%.

Giá lúa mì thế giới hiện dao động 230-250 USD/tấn. Ông Lê Quang Vinh, chuyên gia kinh tế, dự báo giá mì gói có thể tăng thêm 5-7% trong nửa cuối năm nếu chi phí vận chuyển chưa hạ nhiệt.

Minh Khuê
"""

Q1 = P("Quý I", "2024-01-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H2 = P("nửa cuối năm", "2023-07-01", "2023-12-31")  # revised: year of the nearest earlier period (năm 2023)
TX = "Thanh Xuân"
VN = "Việt Nam"
NOLOC = {"tăng 12-18%", "khoảng 60%", "đạt 2.315 tỷ", "còn 96 tỷ", "dao động 230-250"}

FIGS = [
    F("giá 300-500 đồng", "300", 300, "money", "đồng/gói", value_max=500,
      subject="mức tăng giá của nhiều nhãn mì ăn liền phổ thông"),
    F("thùng mì 30 gói", "30", 30, "count", "gói", subject="gói trong một thùng mì", location=TX,
      optional=True),
    F("giá 118.000-125.000", "118.000", 118000, "money", "đồng", value_max=125000,
      change=chg("increase", 8000, "đồng", "đầu năm", approx="about"),
      subject="giá thùng mì 30 gói loại phổ thông", location=TX),
    F("giá 9.500-12.000", "9.500", 9500, "money", "đồng/ly", value_max=12000,
      subject="giá mì ly", location=TX),
    F("tăng 12-18%", "12", 12, "percent", "%", value_max=18, subject="giá bột mì, dầu cọ và bao bì"),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ trọng bột mì, dầu cọ và bao bì trong giá thành mỗi gói mì"),
    F("đạt 2.315 tỷ", "2.315", 2315e9, "money", "đồng", change=chg("increase", 4.5, "%", "cùng kỳ năm 2023"),
      subject="doanh thu của Công ty cổ phần Thực phẩm Sen Vàng", period=Q1),
    F("còn 96 tỷ", "96", 96e9, "money", "đồng", change=chg("decrease", 21, "%"),
      subject="lợi nhuận sau thuế của công ty", period=Q1),
    F("với 1.200 người", "1.200", 1200, "count", "người tiêu dùng", subject="người tiêu dùng được khảo sát"),
    F("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố lớn được khảo sát"),
    F("thấy 64%", "64", 64, "percent", "%", subject="người được hỏi vẫn ăn mì gói hằng tuần"),
    F("khi 27%", "27", 27, "percent", "%", subject="người được hỏi đã chuyển sang các nhãn hàng rẻ hơn"),
    F("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "USD", approx="about", status="estimate",
      subject="quy mô thị trường mì ăn liền trong nước", period=Y23),
    F("hơn 65.000 tỷ", "65.000", 65000e9, "money", "đồng", approx="over", status="estimate",
      subject="quy mô thị trường mì ăn liền trong nước", period=Y23, optional=True),
    F("là 34%", "34", 34, "percent", "%", subject="thị phần của các nhãn hàng dẫn đầu"),
    F("34%, 17%", "17", 17, "percent", "%", subject="thị phần của các nhãn hàng dẫn đầu"),
    F("và 9%", "9", 9, "percent", "%", subject="thị phần của các nhãn hàng dẫn đầu"),
    F("dao động 230-250", "230", 230, "money", "USD/tấn", value_max=250, subject="giá lúa mì thế giới"),
    F("thêm 5-7%", "5", 5, "percent", "%", value_max=7, status="forecast", subject="giá mì gói", period=H2),
]
# location: Việt Nam for the national market figures; none (null) for the company's own figures and the
# world wheat price, whose place the text neither names nor implies (revised after the first run).
for f in FIGS:
    if "location" not in f and f["anchor"] not in NOLOC:
        f["location"] = VN

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 14/5/2024, 10:25 (GMT+7)', sapo, byline at the end.",
    "Distractors: 10:25, (GMT+7), 'từ đầu tháng 5', 'mức tăng thứ hai', 'trong vòng một năm' (a duration), 'đường Nguyễn Trãi', 'năm 2023' baseline.",
    "Location Việt Nam for the national market figures (sapo price rise, survey of 5 big cities, domestic market size and shares,",
    "the price forecast); the supermarket passage in quận Thanh Xuân → Thanh Xuân; no location for the company's own figures",
    "(Sen Vàng's costs, revenue, profit) and the world wheat price (no place named or implied).",
    "'tăng giá 300-500 đồng mỗi gói' is the rise itself, with no base amount: money, unit đồng/gói, no change.",
    "'118.000-125.000 đồng, tăng khoảng 8.000 đồng so với đầu năm' → change +8000 đồng (about), baseline 'đầu năm'.",
    "'tăng 12-18% so với cùng kỳ' is a growth rate as the claim: percent, no change. 'chiếm khoảng 60%' after it is a percent of its own.",
    "'lợi nhuận sau thuế giảm 21%, còn 96 tỷ đồng' → the figure is 96 tỷ; the change (-21 %) stands before it in the same clause chain.",
    "'Quý I' without a year → 2024 from the dateline (no earlier period with a year).",
    "'nửa cuối năm' → the year of the nearest earlier period, 'năm 2023' in the market-size sentence (spec §3, to the letter):",
    "2023-07-01..2023-12-31, although the forecast in a May 2024 article means 2024.",
    "revised after the first run: 'nửa cuối năm' 2024 → 2023 (spec §3 rule); location Việt Nam → none for 12-18%, 60%, 2.315 tỷ,",
    "96 tỷ (company figures) and 230-250 USD/tấn (world price).",
    "'Theo ước tính ...' → estimate for the market size. 'lần lượt là 34%, 17% và 9%' → three list items sharing the indicator.",
    "Optional: 'thùng mì 30 gói' (a pack size naming the product) and '(tương đương hơn 65.000 tỷ đồng)' (the same amount restated in đồng).",
]

if __name__ == "__main__":
    write("p1568-6", TEXT, NOTES, FIGS, published="2024-05-14")
