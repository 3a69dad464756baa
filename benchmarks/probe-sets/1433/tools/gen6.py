"""p1433-6: national newspaper (weekday dateline with GMT+7): a rice-straw company in Cần Thơ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 14/11/2024, 06:00 (GMT+7)

Ống hút gạo miền Tây sang 12 nước

Từ gạo tấm và bột sắn, một doanh nghiệp ở Cần Thơ làm ra ống hút ăn được, mỗi tháng xuất khẩu hơn một triệu chiếc.

Năm 2020, anh Lê Quốc Khánh cùng hai người bạn góp gần 12 tỷ đồng thành lập Công ty TNHH Sáng Tạo Xanh Mê Kông, đặt nhà xưởng tại khu công nghiệp Trà Nóc 2, TP Cần Thơ. Sau gần hai năm thử nghiệm, công ty đưa vào vận hành 3 dây chuyền với công suất khoảng 1,5 triệu ống/tháng.

Ống hút được làm từ 70% bột gạo và 30% bột sắn, dùng được 2-3 giờ trong đồ uống lạnh và tự phân hủy sau khoảng 3 tháng. Giá thành ống hút gạo vẫn cao gấp 2-3 lần ống hút nhựa nhưng rẻ hơn ống hút giấy.

Năm 2023, doanh thu của công ty đạt 18,6 tỷ đồng, gấp 3 lần năm 2021; khoảng 85% sản lượng được xuất khẩu sang Pháp, Đức, Australia, Hàn Quốc. Giá bán buôn mỗi ống từ 350 đến 500 đồng tùy loại. Công ty hiện có 64 lao động, trong đó khoảng 80% là phụ nữ địa phương, thu nhập 7-9 triệu đồng/người/tháng.

Năm nay, công ty dự kiến doanh thu đạt 25-27 tỷ đồng và mở thêm một dây chuyền làm ống hút cỏ bàng.

"Mỗi năm Việt Nam thải ra khoảng 1,8 triệu tấn rác thải nhựa, chỉ 27% được tái chế. Thay được một phần ống hút nhựa ở quán cà phê đã là thị trường rất lớn", anh Khánh nói.

Thanh Tùng
5 bình luận
"""

Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("sang 12 nước", "12", 12, "count", "nước", subject="nước ống hút gạo miền Tây xuất sang"),
    fig("hơn một triệu", "một", 1e6, "measure", "chiếc/tháng", approx="over",
        subject="ống hút doanh nghiệp xuất khẩu mỗi tháng"),
    fig("hai người bạn", "hai", 2, "count", "người bạn", subject="người bạn cùng góp vốn", optional=True),
    fig("gần 12 tỷ", "12", 12e9, "money", "đồng", approx="nearly",
        subject="vốn góp thành lập Công ty TNHH Sáng Tạo Xanh Mê Kông", period=Y20),
    fig("gần hai năm", "hai", 2, "measure", "năm", approx="nearly", subject="thời gian thử nghiệm", optional=True),
    fig("vận hành 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền công ty đưa vào vận hành"),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "measure", "ống/tháng", approx="about", subject="công suất dây chuyền"),
    fig("từ 70% bột", "70", 70, "percent", "%", subject="bột gạo làm ống hút"),
    fig("và 30% bột", "30", 30, "percent", "%", subject="bột sắn làm ống hút"),
    fig("được 2-3 giờ", "2", 2, "measure", "giờ", value_max=3, subject="thời gian dùng được trong đồ uống lạnh"),
    fig("sau khoảng 3 tháng", "3", 3, "measure", "tháng", approx="about", subject="thời gian tự phân hủy"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá thành ống hút gạo so với ống hút nhựa"),
    fig("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", change=chg("increase", 3, "lần", "năm 2021"),
        subject="doanh thu của công ty", period=Y23),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about", subject="sản lượng được xuất khẩu", period=Y23),
    fig("từ 350 đến 500", "350", 350, "money", "đồng/ống", value_max=500, subject="giá bán buôn mỗi ống"),
    fig("có 64 lao động", "64", 64, "count", "lao động", subject="lao động công ty"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", subject="phụ nữ địa phương trong lao động công ty"),
    fig("nhập 7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập lao động"),
    fig("đạt 25-27 tỷ", "25", 25e9, "money", "đồng", value_max=27e9, status="forecast",
        subject="doanh thu công ty", period=Y24),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền làm ống hút cỏ bàng mở thêm", period=Y24),
    fig("khoảng 1,8 triệu tấn", "1,8", 1.8e6, "measure", "tấn/năm", approx="about",
        subject="rác thải nhựa Việt Nam thải ra mỗi năm", location=VN),
    fig("chỉ 27%", "27", 27, "percent", "%", subject="rác thải nhựa được tái chế", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 14/11/2024, 06:00 (GMT+7)' (published), headline, sapo, quote, byline, comment counter.",
    "Distractors: '06:00', '(GMT+7)', 'Trà Nóc 2' (an industrial park name), 'Năm 2020' and 'năm 2021' (period, baseline),",
    "'một doanh nghiệp ở Cần Thơ' and 'một phần' (indefinite 'một', no count), '5 bình luận' (page furniture).",
    "Company figures: location Cần Thơ (the only place named for it); the national waste figures in the quote → Việt Nam.",
    "'hơn một triệu chiếc' per month → measure chiếc/tháng, number word 'một' × triệu. 'hai người bạn' and 'gần hai năm thử nghiệm'",
    "(the story's duration) are optional, as in the model set. The straw's use time (2-3 giờ) and decay time (khoảng 3 tháng) are",
    "measured properties of the product, not periods: measure. 'cao gấp 2-3 lần ống hút nhựa' is its own sentence's claim: multiple.",
    "'gấp 3 lần năm 2021' after the revenue → change in lần. 'trong đó khoảng 80% là phụ nữ' is a share of a subgroup: own percent figure.",
    "'Giá bán buôn mỗi ống' and 'hiện có 64 lao động' are standing facts: no period. 'Năm nay' → 2024 (published), 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1433-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Cần Thơ")
