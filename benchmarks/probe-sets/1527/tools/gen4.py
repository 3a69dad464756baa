"""p1527-4: ministry site (Bộ Công Thương): national exports of coconut-shell handicrafts."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu sản phẩm thủ công từ gáo dừa: dư địa còn lớn

08/12/2023 | 09:30 | Cục Xúc tiến thương mại

Theo Cục Xúc tiến thương mại, 11 tháng năm 2023, kim ngạch xuất khẩu các sản phẩm từ dừa của cả nước đạt khoảng 920 triệu USD, giảm 3,2% so với cùng kỳ năm 2022. Riêng nhóm hàng thủ công mỹ nghệ từ gáo dừa, xơ dừa, thân dừa đạt 145 triệu USD, chiếm 15,8% và là nhóm duy nhất tăng trưởng dương, với mức tăng 6,7%.

Sản phẩm từ gáo dừa của Việt Nam hiện có mặt tại hơn 90 quốc gia và vùng lãnh thổ. Các thị trường chính là Mỹ (chiếm 28%), EU (24%), Úc (11%) và Hàn Quốc (7%); bát và muỗng gáo dừa được ưa chuộng nhờ xu hướng tiêu dùng xanh.

Cả nước hiện có khoảng 2.000 cơ sở chế biến sản phẩm từ dừa, trong đó hơn 600 cơ sở sản xuất hàng thủ công mỹ nghệ. Về số cơ sở chế biến, Bến Tre dẫn đầu với 642 cơ sở, tiếp đến là Trà Vinh 214 cơ sở và Tiền Giang 138 cơ sở.

Tuy vậy, phần lớn cơ sở có quy mô nhỏ, dưới 10 lao động; chỉ khoảng 15% cơ sở có chứng nhận FSC hoặc chứng nhận an toàn cho đồ dùng tiếp xúc thực phẩm. Giá xuất khẩu bình quân một bát gáo dừa đã phủ dầu chỉ 1,2-1,8 USD, trong khi giá bán lẻ tại châu Âu lên tới 8-12 EUR/chiếc.

Bộ Công Thương đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu sản phẩm từ dừa đạt 1,5 tỷ USD, trong đó hàng thủ công mỹ nghệ chiếm khoảng 20%.

Bản quyền thuộc Bộ Công Thương. Giấy phép số 25/GP-TTĐT
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_MKT = "tỷ trọng thị trường {}"

FIGS = [
    F("khoảng 920 triệu", "920", 920e6, "money", "USD", approx="about",
      change=chg("decrease", 3.2, "%", "cùng kỳ năm 2022"),
      subject="kim ngạch xuất khẩu các sản phẩm từ dừa", period=M11),
    F("đạt 145 triệu", "145", 145e6, "money", "USD", percent=15.8, change=chg("increase", 6.7, "%"),
      subject="kim ngạch xuất khẩu nhóm hàng thủ công mỹ nghệ từ gáo dừa, xơ dừa, thân dừa", period=inh(M11)),
    F("hơn 90 quốc gia", "90", 90, "count", "quốc gia và vùng lãnh thổ", approx="over",
      subject="quốc gia và vùng lãnh thổ có sản phẩm từ gáo dừa của Việt Nam"),
    F("Mỹ (chiếm 28%)", "28", 28, "percent", "%", subject=SUBJ_MKT.format("Mỹ")),
    F("EU (24%)", "24", 24, "percent", "%", subject=SUBJ_MKT.format("EU")),
    F("Úc (11%)", "11", 11, "percent", "%", subject=SUBJ_MKT.format("Úc")),
    F("Hàn Quốc (7%)", "7", 7, "percent", "%", subject=SUBJ_MKT.format("Hàn Quốc")),
    F("khoảng 2.000 cơ sở", "2.000", 2000, "count", "cơ sở", approx="about",
      subject="cơ sở chế biến sản phẩm từ dừa"),
    F("hơn 600 cơ sở", "600", 600, "count", "cơ sở", approx="over", total=2000,
      subject="cơ sở sản xuất hàng thủ công mỹ nghệ"),
    F("với 642 cơ sở", "642", 642, "count", "cơ sở", subject="cơ sở chế biến sản phẩm từ dừa", location="Bến Tre"),
    F("Trà Vinh 214", "214", 214, "count", "cơ sở", subject="cơ sở chế biến sản phẩm từ dừa", location="Trà Vinh"),
    F("Tiền Giang 138", "138", 138, "count", "cơ sở", subject="cơ sở chế biến sản phẩm từ dừa",
      location="Tiền Giang"),
    F("dưới 10 lao động", "10", 10, "count", "lao động", approx="under",
      subject="quy mô lao động của phần lớn cơ sở", optional=True),
    F("khoảng 15% cơ sở", "15", 15, "percent", "%", approx="about",
      subject="tỷ lệ cơ sở có chứng nhận FSC hoặc chứng nhận an toàn"),
    F("chỉ 1,2-1,8 USD", "1,2", 1.2, "money", "USD", value_max=1.8,
      subject="giá xuất khẩu bình quân một bát gáo dừa đã phủ dầu"),
    F("tới 8-12 EUR", "8", 8, "money", "EUR/chiếc", value_max=12, subject="giá bán lẻ tại châu Âu",
      optional=True),
    F("đạt 1,5 tỷ", "1,5", 1.5e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu sản phẩm từ dừa", period=T30),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", status="target",
      subject="tỷ trọng hàng thủ công mỹ nghệ trong xuất khẩu sản phẩm từ dừa", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '08/12/2023 | 09:30 | Cục Xúc tiến thương mại' (published), copyright, licence and address footer.",
    "National figures → location Việt Nam; the ranking list 'Bến Tre dẫn đầu với 642 cơ sở, tiếp đến là Trà Vinh 214 ... Tiền Giang 138' → one figure each, location the province.",
    "'Riêng nhóm hàng ... đạt 145 triệu USD, chiếm 15,8% ..., với mức tăng 6,7%' → percent 15,8 and change +6,7 (no baseline); 'Riêng' is no part-of cue in the spec: no total.",
    "Market shares 'Mỹ (chiếm 28%), EU (24%), ...' are percent figures; trade partners are not places → subject names the market, location Việt Nam.",
    "'trong đó hơn 600 cơ sở' → total 2000. 'đến năm 2030 ... 1,5 tỷ USD, trong đó ... chiếm khoảng 20%' → both target.",
    "Optional: 'dưới 10 lao động' (a size threshold describing 'phần lớn cơ sở', not a count of anything); '8-12 EUR/chiếc' (a retail price in Europe: no Vietnamese place fits, spec silent).",
    "'Giá xuất khẩu bình quân một bát ... 1,2-1,8 USD': 'một bát' is the denominator, not a figure. Distractors: 09:30, 'Giấy phép số 25/GP-TTĐT', '54 Hai Bà Trưng'.",
]

if __name__ == "__main__":
    write("p1527-4", TEXT, NOTES, FIGS, published="2023-12-08", location="Việt Nam")
